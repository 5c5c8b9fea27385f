package cn.trafficpolice.eservices.registry;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Driver licence states of the registry (DOMAIN.md reference data); a licence may hold several, e.g. "HM". */
public enum LicenceState {
  A("正常"),
  B("超分"),
  C("转出"),
  D("暂扣"),
  E("撤销"),
  F("吊销"),
  G("注销"),
  H("违法未处理"),
  I("事故未处理"),
  J("停止使用"),
  K("扣押"),
  L("锁定"),
  M("逾期未换证"),
  N("延期换证"),
  P("延期体检"),
  R("注销可恢复"),
  S("逾期未审验"),
  T("延期审验"),
  U("扣留");

  private final String label;

  LicenceState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** {M, H} → "HM": the registry's letters in the enum's order. */
  public static String letters(Set<LicenceState> states) {
    return states.stream().sorted().map(Enum::name).collect(Collectors.joining());
  }

  /** "HM" → {H, M}; the registry's letters, in any order. */
  public static Set<LicenceState> parse(String letters) {
    Set<LicenceState> states = EnumSet.noneOf(LicenceState.class);
    for (char letter : letters.trim().toCharArray()) {
      states.add(valueOf(String.valueOf(letter)));
    }
    return states;
  }
}
