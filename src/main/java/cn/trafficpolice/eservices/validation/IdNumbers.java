package cn.trafficpolice.eservices.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Chinese resident identity numbers (公民身份号码) per GB 11643-1999:
 * 6-digit region code, 8-digit birth date, 3-digit sequence, 1 check character.
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_CHARS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  // STRICT + 'uuuu' so that 0230 is rejected instead of being clamped to 0228/0229.
  private static final DateTimeFormatter BIRTH_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  private IdNumbers() {
  }

  /** Trims and upper-cases, so a typed lower-case 'x' becomes the canonical 'X'. Null stays null. */
  public static String normalize(String idNumber) {
    return idNumber == null ? null : idNumber.trim().toUpperCase(Locale.ROOT);
  }

  /** Strict check of an already normalized number: a lower-case 'x' is rejected. */
  public static boolean isValid(String idNumber) {
    if (idNumber == null || !idNumber.matches("\\d{17}[\\dX]")) {
      return false;
    }
    LocalDate birth = parseBirthDate(idNumber);
    return birth != null
        && !birth.isBefore(EARLIEST_BIRTH)
        && !birth.isAfter(LocalDate.now())
        && checkCharacter(idNumber.substring(0, 17)) == idNumber.charAt(17);
  }

  /** The check character for the first 17 digits; public so tests and seed data can build valid numbers. */
  public static char checkCharacter(String first17) {
    if (first17 == null || !first17.matches("\\d{17}")) {
      throw new IllegalArgumentException("expected 17 digits");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARS[sum % 11];
  }

  /** Birth date encoded in characters 7-14; the number must be valid. */
  public static LocalDate birthDate(String idNumber) {
    requireValid(idNumber);
    return parseBirthDate(idNumber);
  }

  /** "男" if the 17th digit (sequence code) is odd, otherwise "女"; the number must be valid. */
  public static String sex(String idNumber) {
    requireValid(idNumber);
    return (idNumber.charAt(16) - '0') % 2 == 1 ? "男" : "女";
  }

  private static LocalDate parseBirthDate(String idNumber) {
    try {
      return LocalDate.parse(idNumber.substring(6, 14), BIRTH_DATE);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void requireValid(String idNumber) {
    if (!isValid(idNumber)) {
      // the number itself is personal data, so it is not echoed in the message
      throw new IllegalArgumentException("invalid resident ID number");
    }
  }
}
