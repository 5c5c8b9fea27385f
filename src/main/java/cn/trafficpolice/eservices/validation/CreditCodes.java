package cn.trafficpolice.eservices.validation;

import java.util.Locale;

/**
 * Unified social credit codes (统一社会信用代码) of organisations per GB 32100-2015 (SH-1): 18 characters over
 * {@code 0-9A-HJ-NPQRTUWXY} (no I, O, S, V, Z), the last one a check character modulo 31.
 */
public final class CreditCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  private static final int MODULUS = 31;

  private CreditCodes() {
  }

  /** Trims and upper-cases. Null stays null. */
  public static String normalize(String creditCode) {
    return creditCode == null ? null : creditCode.trim().toUpperCase(Locale.ROOT);
  }

  /** Strict check of an already normalized code. */
  public static boolean isValid(String creditCode) {
    if (creditCode == null || creditCode.length() != 18 || !inAlphabet(creditCode)) {
      return false;
    }
    return checkCharacter(creditCode.substring(0, 17)) == creditCode.charAt(17);
  }

  /** The check character for the first 17 characters; public so tests and seed data can build valid codes. */
  public static char checkCharacter(String first17) {
    if (first17 == null || first17.length() != 17 || !inAlphabet(first17)) {
      throw new IllegalArgumentException("expected 17 characters of the credit-code alphabet");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int check = MODULUS - sum % MODULUS;
    return ALPHABET.charAt(check == MODULUS ? 0 : check);
  }

  private static boolean inAlphabet(String s) {
    return s.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
  }
}
