package cn.trafficpolice.eservices.application;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.monitoring.LogContext;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.serial.SerialNumberGenerator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SH-2: the applications every business records, with their serial number, status, result and reason. At most one
 * application per business and subject (a licence, a VIN …) is under way at a time.
 */
@Service
public class ApplicationService {

  public static final String APPLICATION_UNDER_WAY = "APPLICATION_UNDER_WAY";

  private final ApplicationStore store;
  private final SerialNumberGenerator serials;
  private final Clock clock;
  private final ApplicationMetrics metrics;

  ApplicationService(ApplicationStore store, SerialNumberGenerator serials, Clock clock, ApplicationMetrics metrics) {
    this.store = store;
    this.serials = serials;
    this.clock = clock;
    this.metrics = metrics;
  }

  /**
   * Records a new application in the caller's transaction and returns its serial number. A second one under way
   * for the subject is refused by the table's unique constraint on the open subject, with no query before: the
   * businesses that refuse it early (a confirmation page) call {@link #requireNoneUnderWay} themselves.
   */
  @Transactional
  public String open(Business business, long citizenId, String subject) {
    String serial = serials.next(business.serialCode());
    try {
      store.insert(serial, business, citizenId, subject, OffsetDateTime.now(clock));
    } catch (DuplicateKeyException raced) {
      throw underWay(business);
    }
    LogContext.serialNumber(serial);
    metrics.submitted(business);
    return serial;
  }

  /** Refuses early, e.g. on a confirmation page, what {@link #open} would refuse: an application under way. */
  @Transactional(readOnly = true)
  public void requireNoneUnderWay(Business business, String subject) {
    if (store.openExists(business, subject)) {
      throw underWay(business);
    }
  }

  @Transactional
  public void update(String serial, ApplicationStatus status, String result, String reason) {
    // jobs run at least once: an outcome counts only when the status really changes
    store.find(serial).filter(before -> before.status() != status)
        .ifPresent(before -> metrics.reached(before.business(), status));
    store.update(serial, status, result, reason, OffsetDateTime.now(clock));
  }

  @Transactional(readOnly = true)
  public Application get(String serial) {
    return store.find(serial).orElseThrow(() -> BusinessException.notFound("未找到该业务"));
  }

  /** The citizen's own application; another citizen's answers as if it did not exist. */
  @Transactional(readOnly = true)
  public Application getOwn(long citizenId, String serial) {
    return store.find(serial).filter(a -> a.citizenId() == citizenId)
        .orElseThrow(() -> BusinessException.notFound("未找到该业务"));
  }

  /** The applicant's name masked as the review queue shows it (张*), or empty for an unknown serial. */
  @Transactional(readOnly = true)
  public Optional<String> maskedApplicantName(String serial) {
    return store.applicantName(serial).map(Mask::name);
  }

  @Transactional(readOnly = true)
  public List<Application> ofCitizen(long citizenId) {
    return store.ofCitizen(citizenId);
  }

  private static BusinessException underWay(Business business) {
    return BusinessException.conflict(APPLICATION_UNDER_WAY, "您已有一笔正在办理的" + business.label() + "业务，请勿重复申请");
  }
}
