package cn.trafficpolice.eservices.elicence;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** EL-4 back page: what each licence class code in the holder's class allows (准驾车型代号). */
final class LicenceClassCodes {

  private static final Map<String, String> VEHICLES = Map.ofEntries(
      Map.entry("A1", "大型客车"), Map.entry("A2", "重型牵引挂车"), Map.entry("A3", "城市公交车"),
      Map.entry("B1", "中型客车"), Map.entry("B2", "大型货车"), Map.entry("C1", "小型汽车"),
      Map.entry("C2", "小型自动挡汽车"), Map.entry("C3", "低速载货汽车"), Map.entry("C4", "三轮汽车"),
      Map.entry("C5", "残疾人专用小型自动挡载客汽车"), Map.entry("C6", "轻型牵引挂车"),
      Map.entry("D", "普通三轮摩托车"), Map.entry("E", "普通二轮摩托车"), Map.entry("F", "轻便摩托车"),
      Map.entry("M", "轮式自行机械车"), Map.entry("N", "无轨电车"), Map.entry("P", "有轨电车"));

  private LicenceClassCodes() {
  }

  /** "C1" → ["C1 小型汽车"]; a class like "A2D" → one line per code. */
  static List<String> explain(String licenceClass) {
    return Arrays.stream(licenceClass.split("(?=[A-Z])")).filter(c -> !c.isBlank())
        .map(c -> c + " " + VEHICLES.getOrDefault(c, "")).map(String::trim).toList();
  }
}
