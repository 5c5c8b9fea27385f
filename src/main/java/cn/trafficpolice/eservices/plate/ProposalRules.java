package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.validation.PlateKind;
import cn.trafficpolice.eservices.validation.PlateNumbers;
import java.util.List;
import org.springframework.stereotype.Component;

/** PP-4 and PP-11: what a self-composed proposal must be before the pool is asked — format first, then office rules. */
@Component
class ProposalRules {

  private final ForbiddenPlatePatterns forbidden;

  ProposalRules(ForbiddenPlatePatterns forbidden) {
    this.forbidden = forbidden;
  }

  /** @return the proposals, normalized; exactly {@code n} distinct well-formed plates allowed at the office */
  List<String> check(VehicleOffices.Office office, PlateKind kind, List<String> proposals, int n) {
    List<String> plates = proposals == null ? List.of()
        : proposals.stream().map(PlateNumbers::normalize).distinct().toList();
    if (plates.size() != n) {
      throw BusinessException.invalid(PlateErrors.PROPOSALS_COUNT_INVALID, "每次请提交" + n + "个不同的自编号牌");
    }
    plates.forEach(plate -> requireAllowed(office, kind, plate));
    return plates;
  }

  void requireAllowed(VehicleOffices.Office office, PlateKind kind, String plate) {
    if (!PlateNumbers.isValid(plate, kind) || !plate.startsWith(office.platePrefix())) {
      throw BusinessException.invalid(ErrorCodes.PLATE_INVALID, "号牌%s格式有误：%s号牌应为“%s”加%s".formatted(plate,
          kind.label(), office.platePrefix(), sequenceHint(kind)));
    }
    List<String> reasons = forbidden.reasons(office.code(), plate);
    if (!reasons.isEmpty()) {
      throw BusinessException.refused(PlateErrors.PLATE_FORBIDDEN, "号牌" + plate + "不可选：" + String.join("；", reasons));
    }
  }

  boolean allowed(String officeCode, String plate) {
    return forbidden.reasons(officeCode, plate).isEmpty();
  }

  private static String sequenceHint(PlateKind kind) {
    return switch (kind) {
      case ORDINARY_SMALL -> "5位数字或字母（最多2个字母，不含I、O）";
      case SMALL_NEW_ENERGY -> "6位：第1位为新能源字母（D、A、B、C、E、F、G、H、J、K），第2位字母或数字，后4位数字";
      case LARGE_NEW_ENERGY -> "5位数字后接新能源字母";
    };
  }
}
