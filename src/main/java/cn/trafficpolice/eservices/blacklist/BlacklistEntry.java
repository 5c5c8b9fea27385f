package cn.trafficpolice.eservices.blacklist;

import java.time.LocalDate;

/** @param endsOn the first day the citizen may use the blocked business again */
public record BlacklistEntry(BlacklistKind kind, String reason, String sourceSerial, LocalDate startsOn,
    LocalDate endsOn) {
}
