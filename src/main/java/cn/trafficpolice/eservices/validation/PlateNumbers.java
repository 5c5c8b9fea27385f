package cn.trafficpolice.eservices.validation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Motor-vehicle plate numbers (号牌号码) per GA 36: province character, issuing-office letter,
 * then a sequence whose shape depends on the {@link PlateKind}.
 */
public final class PlateNumbers {

  private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
  // I and O are never used on plates because they read as 1 and 0
  private static final String LETTER = "[A-HJ-NP-Z]";
  // D A B C E = pure electric, F G H J K = other new-energy (plug-in hybrid etc.)
  private static final String ENERGY = "[DABCEFGHJK]";

  private static final Pattern ORDINARY = Pattern.compile("[A-HJ-NP-Z0-9]{5}");
  private static final Pattern SMALL_NE = Pattern.compile(ENERGY + "[A-HJ-NP-Z0-9]\\d{4}");
  private static final Pattern LARGE_NE = Pattern.compile("\\d{5}" + ENERGY);
  private static final Pattern OFFICE = Pattern.compile(LETTER);

  private PlateNumbers() {
  }

  /** Trims, upper-cases and drops spaces and the printed separator dot, e.g. "粤b·12345" → "粤B12345". */
  public static String normalize(String plate) {
    return plate == null ? null
        : plate.replaceAll("[\\s·•]", "").toUpperCase(Locale.ROOT);
  }

  public static boolean isValid(String plate, PlateKind kind) {
    return plate != null
        && plate.length() >= 2
        && PROVINCES.indexOf(plate.charAt(0)) >= 0
        && OFFICE.matcher(plate.substring(1, 2)).matches()
        && isValidSequence(plate.substring(2), kind);
  }

  /** The part after province and office letter. */
  public static boolean isValidSequence(String sequence, PlateKind kind) {
    if (sequence == null || kind == null) {
      return false;
    }
    return switch (kind) {
      case ORDINARY_SMALL -> ORDINARY.matcher(sequence).matches() && letterCount(sequence) <= 2;
      case SMALL_NEW_ENERGY -> SMALL_NE.matcher(sequence).matches();
      case LARGE_NEW_ENERGY -> LARGE_NE.matcher(sequence).matches();
    };
  }

  /** The kind the plate matches; the shapes do not overlap, so there is at most one. */
  public static Optional<PlateKind> kindOf(String plate) {
    return Arrays.stream(PlateKind.values())
        .filter(kind -> isValid(plate, kind))
        .findFirst();
  }

  private static long letterCount(String sequence) {
    return sequence.chars().filter(Character::isLetter).count();
  }
}
