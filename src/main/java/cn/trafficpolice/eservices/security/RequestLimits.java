package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.util.unit.DataSize;

/** Bad requests refused before the application sees them answer 4xx problem+json, never a 500. */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

  private static final Logger log = LoggerFactory.getLogger(RequestLimits.class);

  /** Before Spring Security, so that an unauthenticated caller cannot make the server buffer a large body. */
  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
      @Value("${eservices.request.max-json-body:128KB}") DataSize maxBody, ObjectMapper mapper) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
        new RequestBodyLimitFilter(maxBody.toBytes(), new ProblemWriter(mapper)));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** StrictHttpFirewall's refusals (";x=y", "//", encoded slashes …): the client's fault, 400 instead of 500. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ObjectMapper mapper) {
    ProblemWriter writer = new ProblemWriter(mapper);
    return (request, response, e) -> {
      log.info("Request refused by the firewall: {}", e.getMessage());
      writer.write(response, ProblemHandler.problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST,
          "请求地址格式有误"));
    };
  }
}
