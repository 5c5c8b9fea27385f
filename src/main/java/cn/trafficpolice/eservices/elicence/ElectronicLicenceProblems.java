package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.ProblemHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** EL-1: a refusal lists every blocking reason with its code under {@code reasons}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ElectronicLicenceProblems {

  @ExceptionHandler(EligibilityRefused.class)
  ResponseEntity<ProblemDetail> refused(EligibilityRefused e) {
    ProblemDetail body = ProblemHandler.problem(e.status(), e.code(), e.getMessage());
    body.setProperty("reasons", e.reasons());
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
