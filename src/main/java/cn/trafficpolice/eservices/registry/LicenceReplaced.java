package cn.trafficpolice.eservices.registry;

/** LL-7: published in the replacing transaction when a licence's original document became void. */
public record LicenceReplaced(String licenceNumber, String replacementSerial) {
}
