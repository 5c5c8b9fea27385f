package cn.trafficpolice.eservices.idcard;

import java.util.List;

/**
 * ID-1: whether the citizen may reissue online, and if not, every reason; the other path is always an
 * appointment.
 */
public record OnlineEligibility(boolean eligible, List<Reason> reasons, ReissueChannel offeredChannel) {

  static OnlineEligibility of(List<Reason> reasons) {
    return new OnlineEligibility(reasons.isEmpty(), List.copyOf(reasons),
        reasons.isEmpty() ? ReissueChannel.ONLINE : ReissueChannel.APPOINTMENT);
  }

  public record Reason(String code, String message) {
  }
}
