package cn.trafficpolice.eservices.application;

import java.time.OffsetDateTime;

/** One step of an application's progress (网办进度) as the citizen reads it. */
public record ProgressStep(String step, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

  public boolean done() {
    return finishedAt != null;
  }
}
