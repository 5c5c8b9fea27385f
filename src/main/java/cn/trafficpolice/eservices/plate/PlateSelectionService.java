package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.validation.PlateNumbers;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plate pre-selection, phase 2 (PP-4..PP-6): self-composed checks and random batches, with the vehicle's counters
 * kept in {@code plate_selection} and spent by guarded updates, so parallel requests cannot overspend them.
 */
@Service
public class PlateSelectionService {

  private final SelectionGuard guard;
  private final PlateSelectionStore selections;
  private final PlatePoolStore pool;
  private final PlateSelector selector;
  private final ProposalRules proposalRules;
  private final VehicleOffices offices;
  private final PlateProperties properties;
  private final PlatePreselectionService preselections;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  PlateSelectionService(SelectionGuard guard, PlateSelectionStore selections, PlatePoolStore pool,
      PlateSelector selector, ProposalRules proposalRules, VehicleOffices offices, PlateProperties properties,
      PlatePreselectionService preselections, Clock clock) {
    this.guard = guard;
    this.selections = selections;
    this.pool = pool;
    this.selector = selector;
    this.proposalRules = proposalRules;
    this.offices = offices;
    this.properties = properties;
    this.preselections = preselections;
    this.clock = clock;
  }

  /**
   * PP-4: one check of N proposals. The first available one is reserved and the selection is done; if none is,
   * the remaining count drops by N.
   */
  @Transactional
  public SelfComposedResult composeOwn(long citizenId, long selectionId, List<String> proposals) {
    PlateSelection selection = guard.verifiedSelecting(citizenId, selectionId);
    if (selection.selfComposedLeft() <= 0) {
      throw selection.exhausted() ? SelectionGuard.selectAtOffice() : BusinessException.refused(
          PlateErrors.SELF_COMPOSED_EXHAUSTED, "您的自编选号机会已用完，请使用随机选号");
    }
    int n = Math.min(properties.rulesOf(selection.officeCode()).proposalsPerCheck(), selection.selfComposedLeft());
    List<String> plates = proposalRules.check(offices.get(selection.officeCode()), selection.plateKind(), proposals,
        n);
    for (String plate : plates) {
      if (selector.tryReserve(selection, plate)) {
        return new SelfComposedResult(true, plates, List.of(), view(selector.complete(selection, plate)));
      }
    }
    if (!selections.spendSelfComposed(selectionId, n)) {
      throw BusinessException.conflict(PlateErrors.SELECTION_CLOSED, "选号状态已变化，请刷新后重试");
    }
    return new SelfComposedResult(false, plates, plates, view(selections.find(selectionId).orElseThrow()));
  }

  /** PP-5: "another batch" costs one chance; the batch is held for the citizen for the office's hold time. */
  @Transactional
  public RandomBatch anotherBatch(long citizenId, long selectionId) {
    PlateSelection selection = guard.verifiedSelecting(citizenId, selectionId);
    if (selection.randomBatchesLeft() <= 0) {
      throw selection.exhausted() ? SelectionGuard.selectAtOffice() : BusinessException.refused(
          PlateErrors.RANDOM_EXHAUSTED, "您的随机选号机会已用完，请使用自编选号");
    }
    if (!selections.spendRandomBatch(selectionId)) {
      throw BusinessException.conflict(PlateErrors.SELECTION_CLOSED, "选号状态已变化，请刷新后重试");
    }
    PlateProperties.OfficeRules rules = properties.rulesOf(selection.officeCode());
    pool.releaseHeld(selection.holderRef());
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime until = now.plus(rules.holdTime());
    List<String> candidates = new ArrayList<>(pool.free(selection.officeCode(), selection.plateKind(), now));
    Collections.shuffle(candidates, random);
    List<String> held = new ArrayList<>();
    for (String plate : candidates) {
      if (held.size() == rules.batchSize()) {
        break;
      }
      if (proposalRules.allowed(selection.officeCode(), plate) && pool.hold(plate, selection.holderRef(), now, until)) {
        held.add(plate);
      }
    }
    return new RandomBatch(held.stream().sorted().toList(), until,
        view(selections.find(selectionId).orElseThrow()));
  }

  /** PP-5: the citizen picks one number of the batch held for them, while the hold lasts. */
  @Transactional
  public SelectionView pickFromBatch(long citizenId, long selectionId, String plateInput) {
    PlateSelection selection = guard.verifiedSelecting(citizenId, selectionId);
    String plate = PlateNumbers.normalize(plateInput);
    if (!pool.reserveHeld(plate, selection.holderRef(), OffsetDateTime.now(clock))) {
      throw BusinessException.refused(PlateErrors.PLATE_NOT_HELD,
          "号牌" + plate + "不在为您保留的本批号牌中，或已超过保留时间，请换一批后重新选择");
    }
    return view(selector.complete(selection, plate));
  }

  private SelectionView view(PlateSelection selection) {
    return preselections.view(selection);
  }

  /** @param unavailable the proposals no longer free, when none could be reserved */
  public record SelfComposedResult(boolean selected, List<String> proposals, List<String> unavailable,
      SelectionView selection) {
  }

  public record RandomBatch(List<String> plates, OffsetDateTime heldUntil, SelectionView selection) {
  }
}
