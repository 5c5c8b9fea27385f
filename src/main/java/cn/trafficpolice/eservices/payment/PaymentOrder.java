package cn.trafficpolice.eservices.payment;

import cn.trafficpolice.eservices.application.Business;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A fee order at the payment platform.
 *
 * @param reference our reference, one order per reference (the application's serial number)
 * @param amount    in yuan
 */
public record PaymentOrder(String orderNumber, String reference, Business business, long payerCitizenId,
    String subject, BigDecimal amount, PaymentStatus status, OffsetDateTime createdAt, OffsetDateTime expiresAt,
    OffsetDateTime paidAt, String transactionId) {
}
