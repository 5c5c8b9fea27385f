package cn.trafficpolice.eservices.workingday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The two astronomical moments Chinese holidays hang on, in China's civil time (UTC+8, the meridian 120°E the
 * calendar standard GB/T 33661 uses): the new moon that starts a lunar month and the moment the sun reaches an
 * ecliptic longitude (a solar term). Jean Meeus, <i>Astronomical Algorithms</i> (2nd ed.): chapter 49 for the new
 * moon (about a minute), chapter 25 for the sun (about 0.01°, a quarter of an hour), with ΔT of Espenak and Meeus.
 * ICU4J's own lunar months come from a coarser moon and put the 2027 and 2030 new years a day late (both new moons
 * fall minutes around midnight), so {@link ChineseHolidays} takes only the month structure from ICU.
 */
final class ChinaAstronomy {

  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final double J2000 = 2451545.0;
  private static final double SYNODIC_MONTH = 29.530588861;
  private static final double FIRST_NEW_MOON_2000 = 2451550.09766;
  private static final double UNIX_EPOCH_JD = 2440587.5;

  private ChinaAstronomy() {
  }

  /** China's day of the true new moon nearest to {@code approximately}. */
  static LocalDate newMoonNear(LocalDate approximately) {
    double jd = approximately.toEpochDay() + UNIX_EPOCH_JD + 0.5;
    long k = Math.round((jd - FIRST_NEW_MOON_2000) / SYNODIC_MONTH);
    return chinaDay(newMoon(k));
  }

  /** China's day on which the apparent longitude of the sun reaches {@code degrees}, searched in the given window. */
  static LocalDate solarTermDay(double degrees, LocalDate from, LocalDate to) {
    double low = from.toEpochDay() + UNIX_EPOCH_JD;
    double high = to.toEpochDay() + UNIX_EPOCH_JD;
    if (!(longitudeBefore(low, degrees) && !longitudeBefore(high, degrees))) {
      throw new IllegalArgumentException("the sun does not reach " + degrees + "° between " + from + " and " + to);
    }
    while (high - low > 1e-6) { // about 0.1 s
      double middle = (low + high) / 2;
      if (longitudeBefore(middle, degrees)) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return chinaDay(high - deltaT(high) / 86400);
  }

  /** Meeus 49.1 with the new-moon corrections: the Julian Ephemeris Day of lunation {@code k} (0 = January 2000). */
  private static double newMoon(long k) {
    double t = k / 1236.85;
    double jde = FIRST_NEW_MOON_2000 + SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
        + 0.00000000073 * t * t * t * t;
    double e = 1 - 0.002516 * t - 0.0000074 * t * t;
    double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
    double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
        - 0.000000058 * t * t * t * t);
    double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
        + 0.000000011 * t * t * t * t);
    double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
    double correction = -0.40720 * sin(mm) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mm) + 0.01039 * sin(2 * f)
        + 0.00739 * e * sin(mm - m) - 0.00514 * e * sin(mm + m) + 0.00208 * e * e * sin(2 * m)
        - 0.00111 * sin(mm - 2 * f) - 0.00057 * sin(mm + 2 * f) + 0.00056 * e * sin(2 * mm + m)
        - 0.00042 * sin(3 * mm) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
        - 0.00024 * e * sin(2 * mm - m) - 0.00017 * sin(omega) - 0.00007 * sin(mm + 2 * m)
        + 0.00004 * sin(2 * mm - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mm + m - 2 * f)
        + 0.00003 * sin(2 * mm + 2 * f) - 0.00003 * sin(mm + m + 2 * f) + 0.00003 * sin(mm - m + 2 * f)
        - 0.00002 * sin(mm - m - 2 * f) - 0.00002 * sin(3 * mm + m) + 0.00002 * sin(4 * mm);
    double dynamical = jde + correction;
    return dynamical - deltaT(dynamical) / 86400;
  }

  /** Whether, at Julian Ephemeris Day {@code jde}, the sun has not yet reached {@code degrees} this spring. */
  private static boolean longitudeBefore(double jde, double degrees) {
    double t = (jde - J2000) / 36525;
    double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    double centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m)
        + 0.000289 * sin(3 * m);
    double omega = rad(125.04 - 1934.136 * t);
    double apparent = meanLongitude + centre - 0.00569 - 0.00478 * sin(omega);
    double difference = ((apparent - degrees) % 360 + 540) % 360 - 180; // in (-180, 180]
    return difference < 0;
  }

  /** TT − UT in seconds (Espenak and Meeus' polynomials for 2005–2050 and 2050–2150). */
  private static double deltaT(double jd) {
    double year = 2000 + (jd - J2000) / 365.25;
    if (year < 2050) {
      double t = year - 2000;
      return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
  }

  private static LocalDate chinaDay(double julianDayUt) {
    long millis = Math.round((julianDayUt - UNIX_EPOCH_JD) * 86400000d);
    return Instant.ofEpochMilli(millis).atOffset(CHINA).toLocalDate();
  }

  private static double rad(double degrees) {
    return Math.toRadians(degrees % 360);
  }

  private static double sin(double radians) {
    return Math.sin(radians);
  }
}
