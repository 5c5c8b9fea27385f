package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.registry.LicenceAmended;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * EL-6: a change of licence class, validity or issuing authority voids the e-licence in the registry's own
 * transaction; the citizen is told to apply again.
 */
@Component
class LicenceAmendmentListener {

  private static final Logger log = LoggerFactory.getLogger(LicenceAmendmentListener.class);

  private final ElectronicLicenceStore store;
  private final AccountService accounts;
  private final ElectronicLicenceNotifier notifier;
  private final Clock clock;

  LicenceAmendmentListener(ElectronicLicenceStore store, AccountService accounts,
      ElectronicLicenceNotifier notifier, Clock clock) {
    this.store = store;
    this.accounts = accounts;
    this.notifier = notifier;
    this.clock = clock;
  }

  @EventListener
  void on(LicenceAmended event) {
    String licenceNumber = event.amendment().licenceNumber();
    store.activeOfLicence(licenceNumber).ifPresent(active -> {
      store.endActive(licenceNumber, ElectronicLicence.Status.INVALIDATED,
          "驾驶证准驾车型、有效期或发证机关已变更，请重新申领", OffsetDateTime.now(clock));
      notifier.invalidated(active.elicenceNumber(), accounts.get(active.citizenId()).phone());
      log.info("E-licence {} invalidated by a registry change", active.elicenceNumber());
    });
  }
}
