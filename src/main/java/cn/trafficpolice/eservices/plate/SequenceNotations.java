package cn.trafficpolice.eservices.plate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * PP-11: the notations of {@code processes/ForbiddenPlatePatterns.dmn} that a plate's sequence contains. In a
 * notation a letter stands for a digit (the same letter the same digit, different letters different digits) and a
 * digit for itself: {@code AAA} is three identical digits in a row, {@code ABAB} reads 1212, {@code 4} is the digit
 * 4. A sequence contains a notation when some of its consecutive digits read so; its letters separate the digits.
 */
final class SequenceNotations {

  private SequenceNotations() {
  }

  /** @return every notation the sequence contains, e.g. "1A888" → 1, 8, 88, 888, A, AA, AAA */
  static List<String> of(String sequence) {
    TreeSet<String> notations = new TreeSet<>();
    for (String digits : sequence.split("[^0-9]+")) {
      for (int from = 0; from < digits.length(); from++) {
        for (int to = from + 1; to <= digits.length(); to++) {
          String part = digits.substring(from, to);
          notations.add(part);
          notations.add(shape(part));
        }
      }
    }
    return new ArrayList<>(notations);
  }

  /** "1211" → "ABAA": each new digit gets the next letter. */
  private static String shape(String digits) {
    Map<Character, Character> letters = new HashMap<>();
    StringBuilder shape = new StringBuilder(digits.length());
    for (char digit : digits.toCharArray()) {
      shape.append(letters.computeIfAbsent(digit, d -> (char) ('A' + letters.size())));
    }
    return shape.toString();
  }
}
