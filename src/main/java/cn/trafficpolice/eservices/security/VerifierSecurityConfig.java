package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.verifier.Verifiers;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * EL-5, the verifiers' door: organisations (police, insurers, rental companies) verify e-licences with their own
 * credentials, HTTP Basic against the hashes in {@code verifier_client}. A citizen's token is no credential here,
 * and a verifier's credentials open nothing but the verification itself.
 */
@Configuration(proxyBeanMethods = false)
class VerifierSecurityConfig {

  static final String VERIFIERS_PATH = "/api/v1/verifications/**";

  @Bean
  @Order(1)
  SecurityFilterChain verifierRequests(HttpSecurity http, Verifiers verifiers, PasswordEncoder encoder,
      ObjectMapper mapper) throws Exception {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(verifiers);
    provider.setPasswordEncoder(encoder);
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(mapper);
    return http.securityMatcher(VERIFIERS_PATH)
        .authenticationManager(new ProviderManager(provider))
        // HTTP Basic on every request, no cookie: nothing for CSRF to forge
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.POST, "/api/v1/verifications/e-licence").hasRole(Roles.VERIFIER)
            .anyRequest().denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(problems.entryPoint("Basic realm=\"verifiers\"")))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems.entryPoint("Basic realm=\"verifiers\""))
            .accessDeniedHandler(problems.accessDenied()))
        .build();
  }
}
