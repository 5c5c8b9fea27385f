package cn.trafficpolice.eservices.registry;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.privacy.Mask;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EL-6: the licence registry reports a change through its callback; it is applied once per change id, and
 * {@link LicenceAmended} lets the e-licence follow (voided or refreshed) in the same transaction.
 */
@Service
public class LicenceRegistryChanges {

  public static final String CHANGE_EMPTY = "REGISTRY_CHANGE_EMPTY";
  public static final String CHANGE_ID_REUSED = "REGISTRY_CHANGE_ID_REUSED";

  private static final Logger log = LoggerFactory.getLogger(LicenceRegistryChanges.class);

  private final LicenceRegistry registry;
  private final LicenceChangeLog changes;
  private final Clock clock;

  LicenceRegistryChanges(LicenceRegistry registry, LicenceChangeLog changes, Clock clock) {
    this.registry = registry;
    this.changes = changes;
    this.clock = clock;
  }

  /** The same change reported again (same id, same licence and content) changes nothing a second time. */
  @Transactional
  public void apply(LicenceAmendment change) {
    if (change.isEmpty()) {
      throw BusinessException.invalid(CHANGE_EMPTY, "变更内容为空：至少填写准驾车型、有效期、发证机关、状态或记分之一");
    }
    Optional<LicenceChangeLog.Recorded> recorded = changes.find(change.changeId());
    if (recorded.isPresent()) {
      if (recorded.get().licenceNumber().equals(change.licenceNumber())
          && recorded.get().content().equals(change.content())) {
        return;
      }
      throw BusinessException.conflict(CHANGE_ID_REUSED, "该变更编号已用于另一项变更");
    }
    if (registry.findByLicenceNumber(change.licenceNumber()).isEmpty()) {
      throw BusinessException.notFound("未找到该驾驶证");
    }
    changes.insert(change.changeId(), change.licenceNumber(), change.content(), OffsetDateTime.now(clock));
    registry.amend(change);
    log.info("Registry change {} applied to licence {}", change.changeId(), Mask.idNumber(change.licenceNumber()));
  }
}
