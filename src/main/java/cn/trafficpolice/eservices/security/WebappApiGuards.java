package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Filters in front of the engine API of the webapps ({@code /camunda/api/engine/*}) and of the engine's own REST
 * API ({@code /engine-rest/*}, closed by SecurityConfig, guarded all the same should it ever be opened). Filters
 * are made with the web server, before Flyway has run: the engine behind the webapp sessions comes later (lazy).
 */
@Configuration(proxyBeanMethods = false)
class WebappApiGuards {

  private static final String[] ENGINE_APIS = {"/camunda/api/engine/*", "/engine-rest/*"};

  @Bean
  FilterRegistrationBean<ExpressionQueryFilter> expressionQueryFilter(ObjectMapper mapper,
      @Lazy ReviewerAccess sessions) {
    FilterRegistrationBean<ExpressionQueryFilter> registration =
        new FilterRegistrationBean<>(new ExpressionQueryFilter(mapper, sessions));
    registration.addUrlPatterns(ENGINE_APIS);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProtectedVariablesFilter> protectedVariablesFilter(ObjectMapper mapper) {
    FilterRegistrationBean<ProtectedVariablesFilter> registration =
        new FilterRegistrationBean<>(new ProtectedVariablesFilter(mapper, ProtectedVariables.names()));
    registration.addUrlPatterns(ENGINE_APIS);
    return registration;
  }
}
