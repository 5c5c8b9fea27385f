package cn.trafficpolice.eservices.application;

import java.time.OffsetDateTime;

/** One submitted application: the row behind My applications; its process instance has the same serial. */
public record Application(String serialNumber, Business business, long citizenId, String subject,
    ApplicationStatus status, String result, String reason, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
}
