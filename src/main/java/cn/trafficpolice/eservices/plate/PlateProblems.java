package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.ProblemHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Tells a citizen refused by PP-9 that an appeal is possible and where (PA-1). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlateProblems {

  static final String APPEAL_PATH = "/api/v1/plate-appeals";

  @ExceptionHandler(AppealableRefusal.class)
  ResponseEntity<ProblemDetail> appealable(AppealableRefusal e) {
    ProblemDetail body = ProblemHandler.problem(e.status(), e.code(), e.getMessage());
    body.setProperty("appealPossible", true);
    body.setProperty("appealPath", APPEAL_PATH);
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
