package cn.trafficpolice.eservices.error;

import org.springframework.http.HttpStatus;

/**
 * An expected refusal the citizen must understand: a stable machine code, an HTTP status and a Chinese message.
 * Thrown by services; answered as problem+json by {@link ProblemHandler}.
 */
public class BusinessException extends RuntimeException {

  private final String code;
  private final HttpStatus status;

  public BusinessException(HttpStatus status, String code, String message) {
    super(message);
    this.code = code;
    this.status = status;
  }

  /** A refusal of the request as it stands (422). */
  public static BusinessException refused(String code, String message) {
    return new BusinessException(HttpStatus.UNPROCESSABLE_ENTITY, code, message);
  }

  /** Input that is malformed or fails a format check (400). */
  public static BusinessException invalid(String code, String message) {
    return new BusinessException(HttpStatus.BAD_REQUEST, code, message);
  }

  /** The request conflicts with the current state, e.g. a second application under way (409). */
  public static BusinessException conflict(String code, String message) {
    return new BusinessException(HttpStatus.CONFLICT, code, message);
  }

  /** Unknown, or not the caller's: both answer the same so nothing leaks (404). */
  public static BusinessException notFound(String message) {
    return new BusinessException(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, message);
  }

  public String code() {
    return code;
  }

  public HttpStatus status() {
    return status;
  }
}
