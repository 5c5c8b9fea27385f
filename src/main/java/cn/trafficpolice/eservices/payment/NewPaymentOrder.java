package cn.trafficpolice.eservices.payment;

import cn.trafficpolice.eservices.application.Business;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What a business asks the payment platform to collect, and until when the citizen may pay. */
public record NewPaymentOrder(String reference, Business business, long payerCitizenId, String subject,
    BigDecimal amount, OffsetDateTime expiresAt) {
}
