package cn.trafficpolice.eservices.idcard;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Local policy of the ID card reissue business.
 *
 * @param fee                   ID-2: the fee for a card reissued after loss or damage, in yuan
 * @param paymentWindow         ID-2: how long an online application waits for its fee before it is cancelled;
 *                              the payment platform's usual order lifetime
 * @param productionWorkingDays ID-2: the committed processing time from acceptance to the card being produced;
 *                              past it the application is escalated to the heads
 * @param appointmentNoShowWorkingDays ID-3: working days after the appointment time after which an appointment
 *                              the citizen did not keep expires (the citizen may book again)
 * @param issueDays             ID-4: the card is issued within this many days of the application ...
 * @param remoteAreaExtraDays   ID-4: ... extended by this many for areas with inconvenient transport
 * @param recordValidity        ID-1: how old the photo and the fingerprints on record may be for an online
 *                              reissue (at most the longest card validity, 20 years), besides the card in force
 *                              being within its validity
 * @param appointmentDays       ID-3: on how many working days, from the next one, a clerk offers appointments
 * @param appointmentTimes      ID-3: the times of day (China time) offered on each of those days
 */
@ConfigurationProperties("eservices.id-card")
public record IdCardProperties(
    @DefaultValue("40.00") BigDecimal fee,
    @DefaultValue("PT30M") Duration paymentWindow,
    @DefaultValue("20") int productionWorkingDays,
    @DefaultValue("5") int appointmentNoShowWorkingDays,
    @DefaultValue("60") int issueDays,
    @DefaultValue("30") int remoteAreaExtraDays,
    @DefaultValue("P20Y") Period recordValidity,
    @DefaultValue("5") int appointmentDays,
    @DefaultValue({"09:00", "10:30", "14:30", "16:00"}) List<LocalTime> appointmentTimes) {
}
