package cn.trafficpolice.eservices.payment;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.error.BusinessException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The payment platform stand-in: orders in {@code payment_order}, numbered ZF + 12 digits. */
@Component
class TablePaymentService implements PaymentService {

  private static final Logger log = LoggerFactory.getLogger(TablePaymentService.class);

  private static final RowMapper<PaymentOrder> ORDER = (rs, i) -> new PaymentOrder(rs.getString("order_number"),
      rs.getString("reference"), Business.valueOf(rs.getString("business")), rs.getLong("payer_citizen_id"),
      rs.getString("subject"), rs.getBigDecimal("amount"), PaymentStatus.valueOf(rs.getString("status")),
      rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
      rs.getObject("paid_at", OffsetDateTime.class), rs.getString("transaction_id"));

  private final JdbcClient jdbc;
  private final Clock clock;

  TablePaymentService(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public PaymentOrder createOrder(NewPaymentOrder order) {
    int inserted = jdbc.sql("""
            INSERT INTO payment_order (reference, business, payer_citizen_id, subject, amount, status,
                                       created_at, expires_at)
            SELECT :reference, :business, :payer, :subject, :amount, 'PENDING', :now, :expiresAt
            FROM (VALUES (1)) one
            WHERE NOT EXISTS (SELECT 1 FROM payment_order WHERE reference = :reference)""")
        .param("reference", order.reference()).param("business", order.business().name())
        .param("payer", order.payerCitizenId()).param("subject", order.subject()).param("amount", order.amount())
        .param("now", OffsetDateTime.now(clock)).param("expiresAt", order.expiresAt())
        .update();
    if (inserted == 1) {
      jdbc.sql("UPDATE payment_order SET order_number = 'ZF' || LPAD(CAST(id AS VARCHAR(12)), 12, '0') "
              + "WHERE reference = :reference")
          .param("reference", order.reference()).update();
      log.info("Payment order for {} created: {} yuan", order.reference(), order.amount());
    }
    return jdbc.sql("SELECT * FROM payment_order WHERE reference = :reference")
        .param("reference", order.reference()).query(ORDER).single();
  }

  @Override
  @Transactional
  public boolean confirmPaid(String orderNumber, BigDecimal amount, String transactionId) {
    PaymentOrder order = find(orderNumber).orElseThrow(() -> BusinessException.notFound("未找到该支付订单"));
    if (order.amount().compareTo(amount) != 0) {
      throw BusinessException.refused(PaymentErrors.PAYMENT_AMOUNT_MISMATCH, "支付金额与订单金额不符");
    }
    if (markPaid(orderNumber, transactionId)) {
      log.info("Payment order {} paid", orderNumber);
      return true;
    }
    PaymentOrder current = find(orderNumber).orElseThrow();
    if (current.status() == PaymentStatus.PAID) {
      if (transactionId.equals(current.transactionId())) {
        return false;
      }
      throw BusinessException.conflict(PaymentErrors.PAYMENT_ALREADY_PAID, "该支付订单已由另一笔交易支付");
    }
    throw BusinessException.conflict(PaymentErrors.PAYMENT_ORDER_CLOSED, "该支付订单已取消或已超过支付时限");
  }

  /** The unique transaction id refuses a transaction already reported for another order. */
  private boolean markPaid(String orderNumber, String transactionId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    try {
      return jdbc.sql("""
              UPDATE payment_order SET status = 'PAID', paid_at = :now, transaction_id = :transaction
              WHERE order_number = :number AND status = 'PENDING' AND expires_at >= :now""")
          .param("now", now).param("transaction", transactionId).param("number", orderNumber)
          .update() == 1;
    } catch (DuplicateKeyException replay) {
      log.warn("Payment order {}: transaction already reported for another order", orderNumber);
      throw BusinessException.conflict(PaymentErrors.PAYMENT_TRANSACTION_REUSED, "该支付交易已用于其他订单");
    }
  }

  @Override
  @Transactional
  public boolean cancel(String orderNumber) {
    jdbc.sql("UPDATE payment_order SET status = 'CANCELLED' WHERE order_number = :number AND status = 'PENDING'")
        .param("number", orderNumber).update();
    return find(orderNumber).map(o -> o.status() == PaymentStatus.CANCELLED).orElse(false);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PaymentOrder> find(String orderNumber) {
    return jdbc.sql("SELECT * FROM payment_order WHERE order_number = :number").param("number", orderNumber)
        .query(ORDER).optional();
  }
}
