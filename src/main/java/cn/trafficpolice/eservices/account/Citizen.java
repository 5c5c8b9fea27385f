package cn.trafficpolice.eservices.account;

/**
 * A citizen's account. {@code realName} (SH-1): registered at a vehicle-office window or verified by real-person
 * authentication; self-registered accounts are not.
 */
public record Citizen(long id, String phone, String name, String idNumber, boolean realName) {
}
