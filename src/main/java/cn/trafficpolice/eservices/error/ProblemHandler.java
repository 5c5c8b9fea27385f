package cn.trafficpolice.eservices.error;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the citizen REST front as RFC 9457 problem+json with a stable {@code code} and a Chinese
 * {@code detail}. Unexpected failures answer a generic 500 without internals; the cause is only logged.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** Constraint annotation name → the stable code of that format error (SH-7). */
  private static final Map<String, String> FORMAT_CODES = Map.of(
      "IdNumber", ErrorCodes.ID_NUMBER_INVALID,
      "Vin", ErrorCodes.VIN_INVALID,
      "PlateNumber", ErrorCodes.PLATE_INVALID,
      "Phone", ErrorCodes.PHONE_INVALID,
      "CreditCode", ErrorCodes.CREDIT_CODE_INVALID);

  @ExceptionHandler(BusinessException.class)
  ResponseEntity<ProblemDetail> business(BusinessException e) {
    return respond(problem(e.status(), e.code(), e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return respond(problem(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "无权办理该业务"));
  }

  @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> concurrent(RuntimeException e) {
    log.info("Concurrent update refused: {}", e.getClass().getSimpleName());
    return respond(problem(HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_UPDATE, "数据已被同时修改，请稍后重试"));
  }

  /** A replayed callback or a step already taken: the process waits for nothing of the kind any more. */
  @ExceptionHandler(org.camunda.bpm.engine.MismatchingMessageCorrelationException.class)
  ResponseEntity<ProblemDetail> notExpected(RuntimeException e) {
    log.info("Message not expected: {}", e.getMessage());
    return respond(problem(HttpStatus.CONFLICT, ErrorCodes.NOT_EXPECTED, "该事项已办理或当前无需办理"));
  }

  /** A validated query or path parameter (@Validated controllers): a format code where the constraint has one. */
  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolated(ConstraintViolationException e) {
    String code = e.getConstraintViolations().stream()
        .map(v -> FORMAT_CODES.get(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
        .filter(c -> c != null).findFirst().orElse(ErrorCodes.VALIDATION_FAILED);
    return respond(problem(HttpStatus.BAD_REQUEST, code, "提交的信息有误，请核对后重新输入"));
  }

  /** A multipart body the container could not parse; too large a one is the 413 of the base class. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> brokenMultipart(MultipartException e) {
    log.info("Multipart body refused: {}", e.getMessage());
    return respond(problem(HttpStatus.BAD_REQUEST, ErrorCodes.MALFORMED_REQUEST, "上传的内容格式有误"));
  }

  /**
   * Input the database refused (a value too long, a missing one) that validation let through: the request's
   * fault, not the server's. A duplicate key is a concurrent or repeated submission.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> dataRefused(DataIntegrityViolationException e) {
    log.warn("Data refused by the database: {}", e.getMostSpecificCause().getMessage());
    if (e instanceof DuplicateKeyException) {
      return respond(problem(HttpStatus.CONFLICT, ErrorCodes.CONCURRENT_UPDATE, "该事项已提交，请勿重复提交"));
    }
    return respond(problem(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "提交的信息有误，请核对后重新输入"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("Unexpected failure", e);
    return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, ErrorCodes.INTERNAL_ERROR, "系统繁忙，请稍后再试"));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> fields = e.getBindingResult().getFieldErrors();
    String code = fields.stream().map(f -> FORMAT_CODES.get(f.getCode())).filter(c -> c != null)
        .findFirst().orElse(ErrorCodes.VALIDATION_FAILED);
    ProblemDetail body = problem(HttpStatus.BAD_REQUEST, code, "提交的信息有误，请核对后重新输入");
    body.setProperty("errors", fields.stream()
        .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
        .toList());
    return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(body);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return withBody(problem(HttpStatus.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED, "提交的信息有误，请核对后重新输入"));
  }

  /** Every other MVC exception (unreadable body, 404, 405, 415 …) keeps its status and gets a code. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return withBody(problem(status, codeFor(status), messageFor(status)));
  }

  private static String codeFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> ErrorCodes.MALFORMED_REQUEST;
      case 404 -> ErrorCodes.NOT_FOUND;
      case 405 -> ErrorCodes.METHOD_NOT_ALLOWED;
      case 406 -> ErrorCodes.NOT_ACCEPTABLE;
      case 413 -> ErrorCodes.PAYLOAD_TOO_LARGE;
      case 415 -> ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
      default -> status.is4xxClientError() ? ErrorCodes.MALFORMED_REQUEST : ErrorCodes.INTERNAL_ERROR;
    };
  }

  private static String messageFor(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "请求格式有误";
      case 404 -> "未找到该资源";
      case 405 -> "不支持该请求方法";
      case 406 -> "不支持所要求的响应格式";
      case 413 -> "上传的文件过大";
      case 415 -> "不支持该内容类型";
      default -> status.is4xxClientError() ? "请求有误" : "系统繁忙，请稍后再试";
    };
  }

  public static ProblemDetail problem(HttpStatusCode status, String code, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setProperty("code", code);
    return body;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  private static ResponseEntity<Object> withBody(ProblemDetail body) {
    return ResponseEntity.status(body.getStatus())
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }
}
