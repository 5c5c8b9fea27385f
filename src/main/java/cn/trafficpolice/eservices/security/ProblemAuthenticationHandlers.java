package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the REST front as problem+json, like every other error. */
final class ProblemAuthenticationHandlers {

  private final ProblemWriter writer;

  ProblemAuthenticationHandlers(ObjectMapper mapper) {
    this.writer = new ProblemWriter(mapper);
  }

  AuthenticationEntryPoint entryPoint(String challenge) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", challenge);
      writer.write(response, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, "请先登录"));
    };
  }

  AccessDeniedHandler accessDenied() {
    return (request, response, e) ->
        writer.write(response, ProblemHandler.problem(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "无权办理该业务"));
  }
}
