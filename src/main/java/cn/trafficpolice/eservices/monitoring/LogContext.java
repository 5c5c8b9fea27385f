package cn.trafficpolice.eservices.monitoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The keys every log line of a request or a job carries, so that an operator finds all lines of one application.
 * The engine fills them itself while it runs an instance's code (its logging context, configured in
 * application.yml under the same names); a request fills the serial number from its path or when it opens one.
 */
public final class LogContext {

  public static final String SERIAL_NUMBER = "serialNumber";
  public static final String PROCESS_INSTANCE_ID = "processInstanceId";

  /** SH-2 serial numbers: business code, date, sequence number (see SerialNumberGenerator). */
  private static final Pattern SERIAL_IN_PATH = Pattern.compile("/((?:LL|EL|PP|PA|NF|ID)\\d{16})(?:/|$)");

  private LogContext() {
  }

  public static void serialNumber(String serialNumber) {
    MDC.put(SERIAL_NUMBER, serialNumber);
  }

  static String serialNumberInPath(String path) {
    Matcher matcher = SERIAL_IN_PATH.matcher(path);
    return matcher.find() ? matcher.group(1) : null;
  }
}
