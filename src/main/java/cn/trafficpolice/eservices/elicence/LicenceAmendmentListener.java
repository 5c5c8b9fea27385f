package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceAmended;
import cn.trafficpolice.eservices.registry.LicenceReplaced;
import cn.trafficpolice.eservices.registry.LicenceState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The e-licence follows the registry, in the registry's own transaction, and the holder is told by SMS. EL-6: a
 * change of class, validity or issuing authority voids it (apply again); states and points are live data, shown
 * and verified as they are (a blocking state fails verification while it lasts). LL-7: a replaced licence's
 * e-licence is void.
 */
@Component
class LicenceAmendmentListener {

  private static final Logger log = LoggerFactory.getLogger(LicenceAmendmentListener.class);

  private final ElectronicLicenceStore store;
  private final AccountService accounts;
  private final ElectronicLicenceNotifier notifier;
  private final LicenceStateDecision stateDecision;
  private final Clock clock;

  LicenceAmendmentListener(ElectronicLicenceStore store, AccountService accounts,
      ElectronicLicenceNotifier notifier, LicenceStateDecision stateDecision, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.notifier = notifier;
    this.stateDecision = stateDecision;
    this.clock = clock;
  }

  @EventListener
  void on(LicenceAmended event) {
    DriverLicence after = event.after();
    store.activeOfLicence(after.licenceNumber()).ifPresent(active -> {
      String phone = accounts.get(active.citizenId()).phone();
      if (!issuedAgainst(active, after)) {
        store.endActive(after.licenceNumber(), ElectronicLicence.Status.INVALIDATED,
            "驾驶证准驾车型、有效期或发证机关已变更，请重新申领", OffsetDateTime.now(clock));
        notifier.invalidated(active.elicenceNumber(), phone);
        log.info("E-licence {} invalidated by registry change {}", active.elicenceNumber(), event.changeId());
      } else if (liveDataChanged(event.before(), after)) {
        boolean blocks = !stateDecision.blockingReasons(LicenceEligibility.states(after), false).isEmpty()
            || after.validUntil().isBefore(LocalDate.now(clock));
        notifier.refreshed(event.changeId(), phone, after.states().stream().sorted().map(LicenceState::label)
            .collect(Collectors.joining("、")), after.accumulatedPoints(), blocks);
        log.info("E-licence {} refreshed by registry change {}", active.elicenceNumber(), event.changeId());
      }
    });
  }

  @EventListener
  void on(LicenceReplaced event) {
    store.activeOfLicence(event.licenceNumber()).ifPresent(active -> {
      store.endActive(event.licenceNumber(), ElectronicLicence.Status.LICENCE_VOID,
          "驾驶证已补领（业务流水号" + event.replacementSerial() + "），原证作废", OffsetDateTime.now(clock));
      notifier.voidedByReplacement(active.elicenceNumber(), accounts.get(active.citizenId()).phone());
      log.info("E-licence {} void: licence replaced by {}", active.elicenceNumber(), event.replacementSerial());
    });
  }

  /** EL-6: the e-licence stands for the class, validity and issuing authority it was generated with. */
  private static boolean issuedAgainst(ElectronicLicence e, DriverLicence live) {
    return e.licenceClass().equals(live.licenceClass()) && e.validUntil().equals(live.validUntil())
        && e.issuingAuthority().equals(live.issuingAuthority());
  }

  private static boolean liveDataChanged(DriverLicence before, DriverLicence after) {
    return !before.states().equals(after.states())
        || before.accumulatedPoints() != after.accumulatedPoints();
  }
}
