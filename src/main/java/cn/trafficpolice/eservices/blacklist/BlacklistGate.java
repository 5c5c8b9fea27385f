package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.application.Business;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SH-5, the one check every business asks before a citizen starts it: is the person barred from this business
 * today, and by which entry. The businesses' eligibility endpoints and their submissions both call it.
 */
@Service
public class BlacklistGate {

  private final BlacklistService blacklist;

  BlacklistGate(BlacklistService blacklist) {
    this.blacklist = blacklist;
  }

  /** The longest-lasting entry in force that blocks the business, if any. */
  @Transactional(readOnly = true)
  public Optional<BlacklistEntry> barring(String idNumber, Business business) {
    return blacklist.active(idNumber).stream().filter(e -> e.kind().blocks(business)).findFirst();
  }

  /**
   * Refuses with {@link Blacklisted} (403 {@code BLACKLISTED}, the reason and the end date) when barred.
   *
   * @return what an eligibility endpoint answers when the citizen may go on
   */
  @Transactional(readOnly = true)
  public Admission requireAdmitted(String idNumber, Business business) {
    barring(idNumber, business).ifPresent(entry -> {
      throw new Blacklisted(entry, business);
    });
    return new Admission(business, business.label(), true);
  }

  /** The answer of a business's eligibility endpoint once the gate let the citizen through. */
  public record Admission(Business business, String businessName, boolean eligible) {
  }
}
