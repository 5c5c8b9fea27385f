package cn.trafficpolice.eservices.validation;

import java.util.regex.Pattern;

/** Mainland China mobile numbers: 11 digits, a leading 1 and a second digit 3-9. */
public final class Phones {

  private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

  private Phones() {
  }

  public static boolean isValid(String phone) {
    return phone != null && MOBILE.matcher(phone).matches();
  }
}
