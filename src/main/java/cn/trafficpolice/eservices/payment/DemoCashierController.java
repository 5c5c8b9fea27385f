package cn.trafficpolice.eservices.payment;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: the payment platform's cashier page. The citizen pays their own order and the platform's notice
 * follows at once, through the same path as its callback.
 */
@RestController
@Profile("demo")
@Tag(name = "演示：支付")
class DemoCashierController {

  private final PaymentService payments;
  private final PaymentNotices notices;

  DemoCashierController(PaymentService payments, PaymentNotices notices) {
    this.payments = payments;
    this.notices = notices;
  }

  @PostMapping("/api/v1/demo/payments/{orderNumber}/pay")
  @Operation(summary = "演示环境：支付本人的订单")
  Paid pay(CurrentCitizen me, @PathVariable String orderNumber) {
    PaymentOrder order = payments.find(orderNumber).filter(o -> o.payerCitizenId() == me.id())
        .orElseThrow(() -> BusinessException.notFound("未找到该支付订单"));
    PaymentOrder paid = notices.paid(orderNumber, order.amount(), "DEMO-" + orderNumber);
    return new Paid(paid.orderNumber(), paid.amount(), paid.status(), paid.paidAt());
  }

  record Paid(String orderNumber, BigDecimal amount, PaymentStatus status, OffsetDateTime paidAt) {
  }
}
