package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.error.ProblemHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** SH-5: a blacklisted citizen's refusal carries the reason and the end date as fields too, not only in words. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BlacklistProblems {

  @ExceptionHandler(Blacklisted.class)
  ResponseEntity<ProblemDetail> blacklisted(Blacklisted e) {
    ProblemDetail body = ProblemHandler.problem(e.status(), e.code(), e.getMessage());
    body.setProperty("blacklistKind", e.entry().kind());
    body.setProperty("blacklistReason", e.entry().reason());
    body.setProperty("blacklistedUntil", e.entry().endsOn().toString());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
