package cn.trafficpolice.eservices.registry;

import java.util.List;
import java.util.Optional;

/** The household registry (户籍信息系统), an outside system; in-app stand-in {@link JdbcHouseholdRegistry}. */
public interface HouseholdRegistry {

  Optional<HouseholdRecord> findByIdNumber(String idNumber);

  /** The police stations keeping household registrations, by name: where a resident can be served. */
  List<String> policeStations();
}
