package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;

/** A change a vehicle office made to a licence: new class, validity or issuing authority; null = unchanged. */
public record LicenceAmendment(String licenceNumber, String licenceClass, LocalDate validUntil,
    String issuingAuthority) {
}
