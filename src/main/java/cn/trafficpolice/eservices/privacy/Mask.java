package cn.trafficpolice.eservices.privacy;

/** Masks personal data for logs and for screens that show it partly, as the 12123 app does. */
public final class Mask {

  private Mask() {
  }

  /** 13812345678 → 138****5678 */
  public static String phone(String phone) {
    return keep(phone, 3, 4);
  }

  /** 440524188001010014 → 4405**********0014 */
  public static String idNumber(String idNumber) {
    return keep(idNumber, 4, 4);
  }

  /** 张三丰 → 张** */
  public static String name(String name) {
    return keep(name, 1, 0);
  }

  /** Keeps the first {@code head} and last {@code tail} characters and stars the rest. */
  public static String keep(String value, int head, int tail) {
    if (value == null) {
      return null;
    }
    if (value.length() <= head + tail) {
      return "*".repeat(value.length());
    }
    return value.substring(0, head) + "*".repeat(value.length() - head - tail)
        + value.substring(value.length() - tail);
  }
}
