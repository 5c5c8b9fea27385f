package cn.trafficpolice.eservices.postal;

/** UPU S10 tracking numbers as EMS prints them, e.g. EA000000426CN: service letters, 8 digits, check digit. */
final class TrackingNumbers {

  private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

  private TrackingNumbers() {
  }

  static String of(String service, long number) {
    String digits = "%08d".formatted(number);
    if (digits.length() != 8) {
      throw new IllegalArgumentException("tracking serial out of range: " + number);
    }
    return service + digits + checkDigit(digits) + "CN";
  }

  static int checkDigit(String eightDigits) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 0 : check == 11 ? 5 : check;
  }
}
