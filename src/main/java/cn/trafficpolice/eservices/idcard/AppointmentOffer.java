package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.registry.HouseholdRegistry;
import cn.trafficpolice.eservices.workingday.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * ID-3: what a clerk may offer when approving an appointment — times on the coming working days (never in the
 * past, which the decision refuses) and the household-registration windows of the known police stations, the
 * applicant's own first.
 */
@Component
class AppointmentOffer {

  static final String WINDOW = "户籍窗口";

  private final WorkingDayCalendar calendar;
  private final HouseholdRegistry households;
  private final IdCardProperties properties;
  private final Clock clock;

  AppointmentOffer(WorkingDayCalendar calendar, HouseholdRegistry households, IdCardProperties properties,
      Clock clock) {
    this.calendar = calendar;
    this.households = households;
    this.properties = properties;
    this.clock = clock;
  }

  List<OffsetDateTime> times() {
    ZoneId zone = clock.getZone();
    LocalDate day = LocalDate.now(clock);
    List<OffsetDateTime> times = new ArrayList<>();
    for (int i = 0; i < properties.appointmentDays(); i++) {
      day = calendar.nextWorkingDay(day);
      for (var time : properties.appointmentTimes()) {
        times.add(LocalDateTime.of(day, time).atZone(zone).toOffsetDateTime());
      }
    }
    return times;
  }

  List<String> places(String ownStation) {
    List<String> places = new ArrayList<>();
    places.add(ownStation + WINDOW);
    households.policeStations().stream().filter(s -> !s.equals(ownStation)).map(s -> s + WINDOW)
        .forEach(places::add);
    return places;
  }
}
