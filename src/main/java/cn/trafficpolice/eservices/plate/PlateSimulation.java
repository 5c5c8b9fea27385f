package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.validation.PlateKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PP-8 simulation (模拟选号): the steps of the real selection with the office's real rules and pool, but no base
 * data is checked and nothing is written — no selection, hold, reservation, application or process. The
 * counters travel with the requests, so the server keeps no state either; every chosen plate is void.
 */
@Service
public class PlateSimulation {

  private final VehicleOffices offices;
  private final PlateProperties properties;
  private final ProposalRules proposalRules;
  private final PlatePoolStore pool;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PlateSimulation(VehicleOffices offices, PlateProperties properties, ProposalRules proposalRules,
      PlatePoolStore pool, Clock clock) {
    this.offices = offices;
    this.properties = properties;
    this.proposalRules = proposalRules;
    this.pool = pool;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Simulated start(String officeCode, PlateKind kind) {
    PlateProperties.OfficeRules rules = properties.rulesOf(office(officeCode).code());
    return new Simulated(officeCode, kind, rules.selfComposedCount(), rules.randomBatches(), List.of(), null);
  }

  /** PP-4 as in earnest: N proposals; the first free one would be selected, else the count drops by N. */
  @Transactional(readOnly = true)
  public Simulated composeOwn(Simulated state, List<String> proposals) {
    PlateProperties.OfficeRules rules = properties.rulesOf(office(state.officeCode()).code());
    if (state.selfComposedLeft() <= 0) {
      throw BusinessException.refused(PlateErrors.SELF_COMPOSED_EXHAUSTED, "模拟选号：自编选号机会已用完");
    }
    int n = Math.min(rules.proposalsPerCheck(), state.selfComposedLeft());
    List<String> plates = proposalRules.check(office(state.officeCode()), state.plateKind(), proposals, n);
    OffsetDateTime now = OffsetDateTime.now(clock);
    return plates.stream().filter(p -> pool.isFree(p, state.officeCode(), state.plateKind(), now)).findFirst()
        .map(p -> state.with(state.selfComposedLeft(), state.randomBatchesLeft(), List.of(), p))
        .orElseGet(() -> state.with(state.selfComposedLeft() - n, state.randomBatchesLeft(), List.of(), null));
  }

  /** PP-5 as in earnest, without holding anything. */
  @Transactional(readOnly = true)
  public Simulated anotherBatch(Simulated state) {
    PlateProperties.OfficeRules rules = properties.rulesOf(office(state.officeCode()).code());
    if (state.randomBatchesLeft() <= 0) {
      throw BusinessException.refused(PlateErrors.RANDOM_EXHAUSTED, "模拟选号：随机选号机会已用完");
    }
    List<String> free = new ArrayList<>(pool.free(state.officeCode(), state.plateKind(), OffsetDateTime.now(clock)));
    Collections.shuffle(free, random);
    List<String> batch = free.stream().filter(p -> proposalRules.allowed(state.officeCode(), p))
        .limit(rules.batchSize()).sorted().toList();
    return state.with(state.selfComposedLeft(), state.randomBatchesLeft() - 1, batch, null);
  }

  private VehicleOffices.Office office(String code) {
    return offices.find(code).orElseThrow(
        () -> BusinessException.invalid(ErrorCodes.VALIDATION_FAILED, "请选择办理登记的车辆管理所"));
  }

  /** The simulation's whole state, held by the client; {@code selectedPlate} is never reserved. */
  public record Simulated(String officeCode, PlateKind plateKind, int selfComposedLeft, int randomBatchesLeft,
      List<String> batch, String selectedPlate) {

    Simulated with(int selfComposed, int randomBatches, List<String> newBatch, String selected) {
      return new Simulated(officeCode, plateKind, selfComposed, randomBatches, newBatch, selected);
    }

    public boolean selectAtOffice() {
      return selectedPlate == null && selfComposedLeft <= 0 && randomBatchesLeft <= 0;
    }

    public String notice() {
      return "模拟选号不校验基础信息、不保存任何信息，所选号牌号码均无效";
    }
  }
}
