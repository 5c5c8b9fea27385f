package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.validation.CreditCodes;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations (单位用户, SH-1) and their agents. An operator registers both after the window has checked the
 * organisation's papers, the authorisation letter and the agent's ID card; the agent must already hold a real-name
 * account, through which the organisation then acts online (PP-10, NF-2).
 */
@Service
public class Organisations {

  public static final String ORGANISATION_EXISTS = "ORGANISATION_EXISTS";
  public static final String AGENT_NOT_REAL_NAME = "AGENT_NOT_REAL_NAME";

  private static final Logger log = LoggerFactory.getLogger(Organisations.class);

  private final OrganisationStore store;
  private final Clock clock;

  Organisations(OrganisationStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Transactional
  public Organisation register(String creditCode, String name, String officeCode, String phone) {
    String code = CreditCodes.normalize(creditCode);
    if (!store.officeExists(officeCode)) {
      throw BusinessException.invalid(ErrorCodes.VALIDATION_FAILED, "请选择单位登记地的车辆管理所");
    }
    Organisation organisation = new Organisation(code, name.trim(), officeCode, phone);
    if (!store.insert(organisation, OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(ORGANISATION_EXISTS, "该统一社会信用代码的单位已登记");
    }
    log.info("Organisation {} registered at office {}", code, officeCode);
    return organisation;
  }

  /** The person's real-name account becomes an agent of the organisation; idempotent. */
  @Transactional
  public List<OrganisationAgent> registerAgent(String creditCode, String agentIdNumber, String operator) {
    Organisation organisation = get(creditCode);
    List<Long> accounts = store.realNameAccounts(agentIdNumber);
    if (accounts.size() != 1) {
      throw BusinessException.refused(AGENT_NOT_REAL_NAME,
          "经办人须先持本人居民身份证在车管所窗口或通过实人认证开通实名账户");
    }
    store.addAgent(organisation.creditCode(), accounts.get(0), operator, OffsetDateTime.now(clock));
    log.info("Citizen {} ({}) is an agent of organisation {}", accounts.get(0), Mask.idNumber(agentIdNumber),
        organisation.creditCode());
    return store.agents(organisation.creditCode());
  }

  /** The citizen no longer acts for the organisation, at once. */
  @Transactional
  public void revokeAgent(String creditCode, long citizenId) {
    if (!store.removeAgent(get(creditCode).creditCode(), citizenId)) {
      throw BusinessException.notFound("该账户不是该单位的经办人");
    }
    log.info("Citizen {} no longer an agent of organisation {}", citizenId, CreditCodes.normalize(creditCode));
  }

  @Transactional(readOnly = true)
  public Organisation get(String creditCode) {
    return store.find(CreditCodes.normalize(creditCode))
        .orElseThrow(() -> BusinessException.notFound("未找到该单位"));
  }

  @Transactional(readOnly = true)
  public List<OrganisationAgent> agents(String creditCode) {
    return store.agents(get(creditCode).creditCode());
  }

  /** The organisations the citizen is a registered agent of. */
  @Transactional(readOnly = true)
  public List<Organisation> ofAgent(long citizenId) {
    return store.ofAgent(citizenId);
  }

  /** The organisation with that credit code, when the citizen is one of its agents. */
  @Transactional(readOnly = true)
  public Optional<Organisation> actingFor(long citizenId, String creditCode) {
    return store.ofAgent(citizenId).stream().filter(o -> o.creditCode().equalsIgnoreCase(creditCode)).findFirst();
  }
}
