package cn.trafficpolice.eservices.account;

import java.time.OffsetDateTime;

/** A citizen account registered to act for an organisation, and who registered it when. */
public record OrganisationAgent(long citizenId, String name, String phone, String registeredBy,
    OffsetDateTime registeredAt) {
}
