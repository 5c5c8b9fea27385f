package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.error.ProblemHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the REST front as problem+json, like every other error. */
final class ProblemAuthenticationHandlers {

  private final ObjectMapper mapper;

  ProblemAuthenticationHandlers(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  AuthenticationEntryPoint entryPoint(String challenge) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", challenge);
      write(response, ProblemHandler.problem(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHENTICATED, "请先登录"));
    };
  }

  AccessDeniedHandler accessDenied() {
    return (request, response, e) ->
        write(response, ProblemHandler.problem(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "无权办理该业务"));
  }

  private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    write(mapper, response, problem);
  }

  static void write(ObjectMapper mapper, HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    mapper.writeValue(response.getOutputStream(), problem);
  }
}
