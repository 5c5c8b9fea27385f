package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/** What every phase-2 step requires (PP-3): the citizen's own open selection, service hours, a fresh SMS check. */
@Component
class SelectionGuard {

  private final PlateSelectionStore selections;
  private final VehicleOffices offices;
  private final PlateProperties properties;
  private final Clock clock;

  SelectionGuard(PlateSelectionStore selections, VehicleOffices offices, PlateProperties properties, Clock clock) {
    this.selections = selections;
    this.offices = offices;
    this.properties = properties;
    this.clock = clock;
  }

  /** The citizen's own selection; another citizen's answers as if it did not exist. */
  PlateSelection own(long citizenId, long selectionId) {
    return selections.find(selectionId).filter(s -> s.ownedBy(citizenId))
        .orElseThrow(() -> BusinessException.notFound("未找到该预选号牌业务"));
  }

  /** Phase 2 before the SMS check: still selecting and within the office's service hours. */
  PlateSelection selecting(long citizenId, long selectionId) {
    PlateSelection selection = own(citizenId, selectionId);
    if (selection.status() != SelectionStatus.SELECTING) {
      throw BusinessException.conflict(PlateErrors.SELECTION_CLOSED, "该车辆已完成选号，不能再次选号");
    }
    PlateProperties.ServiceHours hours = properties.rulesOf(selection.officeCode()).serviceHours();
    if (!hours.contain(LocalTime.now(clock))) {
      throw BusinessException.refused(PlateErrors.OUTSIDE_SERVICE_HOURS, "%s预选号牌服务时间为每日%s，请在服务时间内选号"
          .formatted(offices.get(selection.officeCode()).name(), hours));
    }
    return selection;
  }

  /** Phase 2 selection steps: as {@link #selecting}, and the SMS check passed lately. */
  PlateSelection verifiedSelecting(long citizenId, long selectionId) {
    PlateSelection selection = selecting(citizenId, selectionId);
    if (!verified(selection)) {
      throw BusinessException.refused(PlateErrors.SMS_VERIFICATION_REQUIRED, "请先完成本人选号手机验证");
    }
    return selection;
  }

  boolean verified(PlateSelection selection) {
    OffsetDateTime at = selection.verifiedAt();
    return at != null && at.plus(properties.verificationValidFor()).isAfter(OffsetDateTime.now(clock));
  }

  /** PP-6: neither way left. */
  static BusinessException selectAtOffice() {
    return BusinessException.refused(PlateErrors.SELECT_AT_OFFICE, "您已用完自编和随机选号机会，请到车管所办理选号及新车注册登记");
  }
}
