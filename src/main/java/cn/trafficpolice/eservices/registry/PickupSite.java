package cn.trafficpolice.eservices.registry;

import java.math.BigDecimal;

/** A window where a citizen collects a document, with what a map needs to show it. */
public record PickupSite(String id, String officeCode, String city, String name, String address,
    String openingHours, String phone, BigDecimal latitude, BigDecimal longitude) {
}
