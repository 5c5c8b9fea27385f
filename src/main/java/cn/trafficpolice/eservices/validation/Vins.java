package cn.trafficpolice.eservices.validation;

import java.util.Locale;

/**
 * Vehicle identification numbers per ISO 3779 / GB 16735. China, like North America,
 * makes position 9 a mandatory check digit, so it is always verified here.
 */
public final class Vins {

  private static final String PATTERN = "[A-HJ-NPR-Z0-9]{17}";
  private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
  // transliteration values for A..Z; I, O and Q are never allowed so their slots are unused (0)
  private static final int[] LETTER_VALUES = {
    1, 2, 3, 4, 5, 6, 7, 8, 0, // A-I
    1, 2, 3, 4, 5, 0, 7, 0, 9, // J-R
    2, 3, 4, 5, 6, 7, 8, 9     // S-Z
  };

  private Vins() {
  }

  /** Trims and upper-cases. Null stays null. */
  public static String normalize(String vin) {
    return vin == null ? null : vin.trim().toUpperCase(Locale.ROOT);
  }

  /** Strict check of an already normalized VIN. */
  public static boolean isValid(String vin) {
    return vin != null && vin.matches(PATTERN) && checkDigit(vin) == vin.charAt(8);
  }

  /**
   * The check digit for a VIN. Accepts all 17 characters (position 9 has weight 0 and is
   * ignored, so any placeholder works there); public so tests and seed data can build valid VINs.
   */
  public static char checkDigit(String first17) {
    if (first17 == null || !first17.matches(PATTERN)) {
      throw new IllegalArgumentException("expected 17 VIN characters (no I, O or Q)");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += valueOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 10 ? 'X' : (char) ('0' + remainder);
  }

  private static int valueOf(char c) {
    return Character.isDigit(c) ? c - '0' : LETTER_VALUES[c - 'A'];
  }
}
