package cn.trafficpolice.eservices.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.EngineTime;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The payment platform stand-in: idempotent orders and confirmations, closed orders refused (ID-2). */
@RestIntegrationTest
class PaymentServiceIT {

  private static final long ZHANG_WEI = 1L;
  private static final BigDecimal FEE = new BigDecimal("40.00");
  private static final OffsetDateTime PAY_BEFORE = OffsetDateTime.parse("2026-11-23T10:30:00+08:00");

  @Autowired
  PaymentService payments;
  @Autowired
  EngineTime time;

  @BeforeEach
  void fixedTime() {
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
  }

  @AfterEach
  void resetClock() {
    time.reset();
  }

  @Test
  void anOrderIsCreatedOncePerReference() {
    String reference = reference();
    PaymentOrder first = payments.createOrder(order(reference));
    PaymentOrder again = payments.createOrder(order(reference));

    assertThat(first.orderNumber()).matches("ZF\\d{12}").isEqualTo(again.orderNumber());
    assertThat(first.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(first.amount()).isEqualByComparingTo(FEE);
  }

  @Test
  void aConfirmationCountsOnceAndAPaidOrderCannotBeCancelled() {
    String number = payments.createOrder(order(reference())).orderNumber();

    assertThat(payments.confirmPaid(number, FEE, "T1")).isTrue();
    assertThat(payments.confirmPaid(number, FEE, "T1")).isFalse();
    assertThat(payments.cancel(number)).isFalse();
    assertThat(payments.find(number).orElseThrow().status()).isEqualTo(PaymentStatus.PAID);
  }

  @Test
  void wrongAmountsExpiredAndCancelledOrdersAreRefused() {
    String expiring = payments.createOrder(order(reference())).orderNumber();
    String cancelled = payments.createOrder(order(reference())).orderNumber();
    assertThat(payments.cancel(cancelled)).isTrue();

    assertThatThrownBy(() -> payments.confirmPaid(expiring, new BigDecimal("4.00"), "T2"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo(PaymentErrors.PAYMENT_AMOUNT_MISMATCH));
    assertThatThrownBy(() -> payments.confirmPaid(cancelled, FEE, "T3"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo(PaymentErrors.PAYMENT_ORDER_CLOSED));
    time.setTo(LocalDateTime.of(2026, 11, 23, 10, 31));
    assertThatThrownBy(() -> payments.confirmPaid(expiring, FEE, "T4"))
        .isInstanceOfSatisfying(BusinessException.class,
            e -> assertThat(e.code()).isEqualTo(PaymentErrors.PAYMENT_ORDER_CLOSED));
  }

  private static String reference() {
    return "TEST" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static NewPaymentOrder order(String reference) {
    return new NewPaymentOrder(reference, Business.ID_CARD_REISSUE, ZHANG_WEI, "居民身份证补领工本费", FEE, PAY_BEFORE);
  }
}
