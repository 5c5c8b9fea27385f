package cn.trafficpolice.eservices.workingday;

import java.util.Date;

/**
 * Published after a loaded notice moved a timer (SH-4), so a business that also shows the date (PP-7's validity)
 * can follow. Timers that did not move publish nothing.
 */
public record TimerMoved(String processDefinitionKey, String activityId, String businessKey, Date due) {
}
