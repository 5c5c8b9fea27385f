package cn.trafficpolice.eservices.plate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.DemoCitizens;
import cn.trafficpolice.eservices.validation.PlateKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PP-12: many vehicles reserving the same plates at once; exactly one winner per plate, PLATE_TAKEN for the rest.
 * Fresh plates and VINs each run, so a rerun on the same database passes.
 */
abstract class ConcurrentReservationScenario {

  static final int THREADS = 12;
  static final int PLATES = 3;

  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlateSelector selector;
  @Autowired
  PlateSelectionStore selections;
  @Autowired
  TransactionTemplate transactions;

  @Test
  void manyThreadsOneWinnerPerPlate() throws Exception { // PP-12
    List<String> plates = freshPlates();
    List<PlateSelection> vehicles = freshSelections(THREADS);
    AtomicInteger next = new AtomicInteger();

    List<Object> outcomes = Concurrently.run(THREADS, () -> {
      int i = next.getAndIncrement();
      return transactions.execute(tx -> selector.reserve(vehicles.get(i), plates.get(i % PLATES)));
    });

    assertOneWinnerPerPlate(plates, outcomes);
  }

  void assertOneWinnerPerPlate(List<String> plates, List<Object> outcomes) {
    Map<String, Long> winners = outcomes.stream().filter(o -> o instanceof PlateSelection)
        .collect(Collectors.groupingBy(o -> ((PlateSelection) o).plateNumber(), Collectors.counting()));
    assertThat(winners).containsOnlyKeys(plates).allSatisfy((plate, n) -> assertThat(n).isEqualTo(1L));
    assertThat(outcomes).filteredOn(o -> !(o instanceof PlateSelection)).hasSize(outcomes.size() - PLATES)
        .allSatisfy(o -> assertThat(((BusinessException) o).code()).isEqualTo(PlateErrors.PLATE_TAKEN));
    for (String plate : plates) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM plate_selection WHERE plate_number = :p AND status = 'SELECTED'")
          .param("p", plate).query(Integer.class).single()).isEqualTo(1);
    }
  }

  List<String> freshPlates() {
    List<String> plates = new ArrayList<>();
    while (plates.size() < PLATES) {
      String plate = "粤GZ%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
      if (!plates.contains(plate)) {
        jdbc.sql("DELETE FROM plate_pool WHERE plate_number = :p").param("p", plate).update();
        jdbc.sql("INSERT INTO plate_pool (plate_number, office_code, plate_kind, status) VALUES (:p, '440800', "
            + "'ORDINARY_SMALL', 'AVAILABLE')").param("p", plate).update();
        plates.add(plate);
      }
    }
    return plates;
  }

  List<PlateSelection> freshSelections(int n) {
    long citizenId = jdbc.sql("SELECT id FROM citizen WHERE phone = :p").param("p", DemoCitizens.ZHANG_WEI)
        .query(Long.class).single();
    Function<Integer, PlateSelection> create = i -> {
      String ref = UUID.randomUUID().toString().replace("-", "").substring(0, 17).toUpperCase();
      long id = selections.insert(ref, citizenId, "440800", PlateKind.ORDINARY_SMALL, "T-" + ref, 10, 3,
          OffsetDateTime.now());
      return selections.find(id).orElseThrow();
    };
    List<PlateSelection> created = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      created.add(create.apply(i));
    }
    return created;
  }
}
