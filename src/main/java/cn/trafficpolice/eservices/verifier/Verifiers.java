package cn.trafficpolice.eservices.verifier;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.security.Roles;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EL-5: the verifier organisations. Operators register and disable them; the verifiers' door authenticates them
 * against the stored hash (a disabled verifier is refused like an unknown one).
 */
@Service
public class Verifiers implements UserDetailsService {

  private static final Logger log = LoggerFactory.getLogger(Verifiers.class);

  private final VerifierStore store;
  private final PasswordEncoder passwords;
  private final Clock clock;

  Verifiers(VerifierStore store, PasswordEncoder passwords, Clock clock) {
    this.store = store;
    this.passwords = passwords;
    this.clock = clock;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String username) {
    Verifier verifier = store.find(username).orElseThrow(() -> new UsernameNotFoundException("no verifier"));
    return User.withUsername(verifier.username()).password(store.passwordHash(username).orElseThrow())
        .disabled(!verifier.enabled()).roles(Roles.VERIFIER).build();
  }

  /** The verifier an authenticated request came from. */
  @Transactional(readOnly = true)
  public Verifier get(String username) {
    return store.find(username).orElseThrow(() -> BusinessException.notFound("未找到该核验单位"));
  }

  @Transactional(readOnly = true)
  public List<Verifier> all() {
    return store.all();
  }

  @Transactional
  public Verifier register(String username, String organisation, VerifierKind kind, String password) {
    if (!store.insert(username, organisation, kind, passwords.encode(password), OffsetDateTime.now(clock))) {
      throw BusinessException.conflict(VerifierErrors.VERIFIER_EXISTS, "该核验单位账号已存在");
    }
    log.info("Verifier {} ({}) registered", username, kind);
    return get(username);
  }

  @Transactional
  public Verifier setEnabled(String username, boolean enabled) {
    if (!store.setEnabled(username, enabled)) {
      throw BusinessException.notFound("未找到该核验单位");
    }
    log.info("Verifier {} {}", username, enabled ? "enabled" : "disabled");
    return get(username);
  }
}
