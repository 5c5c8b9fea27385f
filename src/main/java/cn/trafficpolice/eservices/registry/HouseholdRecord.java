package cn.trafficpolice.eservices.registry;

import java.time.LocalDate;

/**
 * A resident's household registration (户籍) with what the ID card office holds for the card in force.
 *
 * @param fingerprintsTakenOn   when the card's fingerprints were collected; null when none were
 * @param cardPhotoTakenOn      when the photo of the card in force was taken
 * @param householdChangedOn    the last change of the household registration; null when never changed
 * @param lastCardApplicationOn the last ID card application
 * @param remoteArea            the police station serves an area with inconvenient transport (ID-4: +30 days)
 */
public record HouseholdRecord(String idNumber, String name, String sex, String ethnicity, LocalDate birthDate,
    String address, String policeStation, boolean fingerprintsCollected, LocalDate fingerprintsTakenOn,
    LocalDate cardPhotoTakenOn, LocalDate cardValidUntil, LocalDate householdChangedOn,
    LocalDate lastCardApplicationOn, boolean remoteArea) {
}
