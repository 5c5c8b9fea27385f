package cn.trafficpolice.eservices.registry;

/** Published by the licence registry, in the changing transaction, after a licence was amended. */
public record LicenceAmended(String changeId, DriverLicence before, DriverLicence after) {
}
