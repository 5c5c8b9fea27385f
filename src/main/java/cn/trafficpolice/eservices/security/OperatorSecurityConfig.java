package cn.trafficpolice.eservices.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The operators' door: the operations API (working-day notices) and the actuator. HTTP Basic against Camunda's
 * own users, so Camunda's login throttling applies; members of camunda-admin get the operator role. Anyone may ask
 * {@code /actuator/health} for UP or DOWN; its details and the metrics are the operators'.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurityConfig {

  @Bean
  @Order(0)
  SecurityFilterChain operators(HttpSecurity http, IdentityService identity, ObjectMapper mapper) throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(mapper);
    return http.securityMatcher("/api/v1/operations/**", "/actuator/**")
        .authenticationManager(new ProviderManager(camundaUsers(identity)))
        // HTTP Basic on every request, no cookie: nothing for CSRF to forge
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/liveness",
                "/actuator/health/readiness").permitAll()
            .anyRequest().hasRole(Roles.OPERATOR))
        .httpBasic(b -> b.authenticationEntryPoint(problems.entryPoint("Basic realm=\"operators\"")))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems.entryPoint("Basic realm=\"operators\""))
            .accessDeniedHandler(problems.accessDenied()))
        .build();
  }

  private static AuthenticationProvider camundaUsers(IdentityService identity) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (!identity.checkPassword(user, password)) {
          throw new BadCredentialsException("wrong user or password");
        }
        boolean admin = identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
        List<GrantedAuthority> roles = admin ? List.of(new SimpleGrantedAuthority("ROLE_" + Roles.OPERATOR))
            : List.of();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, roles);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }
}
