package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import javax.crypto.SecretKey;

/**
 * Three doors: outside systems' callbacks (HTTP Basic, own role), the citizens' REST front (bearer token), and
 * the Camunda webapps, which keep their own login, CSRF filter and security headers. The engine's own REST API is
 * closed: nothing outside the webapps needs it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String SYSTEMS_PATH = "/api/v1/systems/**";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  SecretKey tokenKey(KeyDerivation keys) {
    return keys.hmacKey("citizen-token");
  }

  @Bean
  JwtEncoder jwtEncoder(SecretKey tokenKey) {
    return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
  }

  @Bean
  JwtDecoder jwtDecoder(SecretKey tokenKey, Clock clock, TokenService tokens) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(MacAlgorithm.HS256).build();
    JwtTimestampValidator timestamps = new JwtTimestampValidator();
    timestamps.setClock(clock);
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
        new JwtIssuerValidator(TokenService.ISSUER), new ActiveSessionValidator(tokens)));
    return decoder;
  }

  @Bean
  @Order(1)
  SecurityFilterChain systemCallbacks(HttpSecurity http, SecurityProperties properties, PasswordEncoder encoder,
      ObjectMapper mapper) throws Exception {
    InMemoryUserDetailsManager clients = new InMemoryUserDetailsManager(properties.systemClients().stream()
        .map(c -> User.withUsername(c.name()).password(c.password()).roles(Roles.SYSTEM, c.role()).build())
        .toList());
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(clients);
    provider.setPasswordEncoder(encoder);
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(mapper);
    return http.securityMatcher(SYSTEMS_PATH)
        .authenticationManager(new ProviderManager(provider))
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/api/v1/systems/postal/**").hasRole(Roles.POSTAL_SERVICE)
            .requestMatchers("/api/v1/systems/payment/**").hasRole(Roles.PAYMENT)
            .requestMatchers("/api/v1/systems/vehicle-office/**").hasRole(Roles.VEHICLE_OFFICE)
            .requestMatchers("/api/v1/systems/licence-registry/**").hasRole(Roles.LICENCE_REGISTRY)
            // a system's path without its own rule above is open to no system
            .anyRequest().denyAll())
        .httpBasic(b -> b.authenticationEntryPoint(problems.entryPoint("Basic realm=\"systems\"")))
        .exceptionHandling(e -> e.accessDeniedHandler(problems.accessDenied()))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain citizenApi(HttpSecurity http, ObjectMapper mapper) throws Exception {
    ProblemAuthenticationHandlers problems = new ProblemAuthenticationHandlers(mapper);
    JwtAuthenticationConverter citizens = new JwtAuthenticationConverter();
    citizens.setJwtGrantedAuthoritiesConverter(jwt -> List.of(new SimpleGrantedAuthority("ROLE_" + Roles.CITIZEN)));
    return http.securityMatcher("/api/**")
        // stateless bearer tokens: no cookie is sent automatically, so there is nothing for CSRF to forge
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.POST, "/api/v1/auth/register", "/api/v1/auth/login").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/auth/registration-codes", "/api/v1/auth/refresh").permitAll()
            // exists in the demo profile only; without a token it shows registration codes only
            .requestMatchers(HttpMethod.GET, "/api/v1/demo/sms-inbox").permitAll()
            // EL-5: the e-licence signatures' public key, for verifiers checking offline
            .requestMatchers(HttpMethod.GET, "/api/v1/e-licence/verification-keys").permitAll()
            .requestMatchers("/api/v1/**").hasRole(Roles.CITIZEN)
            .anyRequest().denyAll())
        .oauth2ResourceServer(o -> o
            .jwt(j -> j.jwtAuthenticationConverter(citizens))
            .authenticationEntryPoint(problems.entryPoint("Bearer"))
            .accessDeniedHandler(problems.accessDenied()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems.entryPoint("Bearer"))
            .accessDeniedHandler(problems.accessDenied()))
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webappsAndDocs(HttpSecurity http, @Lazy ReviewerAccess sessions) throws Exception {
    return http
        .authorizeHttpRequests(a -> a
            .requestMatchers("/engine-rest/**").denyAll()
            // CVE-2026-77226: the setup creates an administrator for anyone while camunda-admin has no direct
            // member; the first administrator comes from the environment instead (FirstAdministrator)
            .requestMatchers("/camunda/api/admin/setup/**", "/camunda/app/admin/*/setup/**").denyAll()
            // Cockpit's plugin API answers any logged-in user; its scripts load with the login page
            .requestMatchers(HttpMethod.GET, "/camunda/api/cockpit/plugin/*/static/**").permitAll()
            .requestMatchers("/camunda/api/cockpit/**").access((authentication, context) ->
                new AuthorizationDecision(sessions.mayOpen(context.getRequest(), "cockpit")))
            .requestMatchers("/camunda/**").permitAll()
            // Tasklist forms' data: the controllers check the reviewer's Camunda session and task (ReviewerAccess)
            .requestMatchers(HttpMethod.GET, "/review-api/**").permitAll()
            .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
            .requestMatchers("/", "/error", "/favicon.ico").permitAll()
            .anyRequest().denyAll())
        // the webapps protect themselves: Camunda's CsrfPreventionFilter and its session login
        .csrf(AbstractHttpConfigurer::disable)
        // Camunda's HeaderSecurityFilter sets CSP, X-Content-Type-Options and X-XSS-Protection itself
        .headers(h -> h.contentTypeOptions(c -> c.disable()).xssProtection(x -> x.disable()))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .requestCache(Customizer.withDefaults())
        .build();
  }
}
