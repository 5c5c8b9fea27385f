package cn.trafficpolice.eservices.licenceloss;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The postal service reports delivered or refused parcels (HTTP Basic, role POSTAL_SERVICE). */
@RestController
@RequestMapping("/api/v1/systems/postal/licence-loss")
@Tag(name = "外部系统：邮政", description = "邮政速递回传驾驶证邮件的投递结果")
class PostalCallbackController {

  private final ParcelOutcomeCorrelation correlation;

  PostalCallbackController(ParcelOutcomeCorrelation correlation) {
    this.correlation = correlation;
  }

  @PostMapping("/parcels/{trackingNumber}/outcome")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "回传投递结果：DELIVERED 已签收，REFUSED 拒收", security = @SecurityRequirement(name = "system"))
  void report(@PathVariable String trackingNumber, @Valid @RequestBody OutcomeReport report) {
    correlation.report(trackingNumber, report.outcome());
  }

  record OutcomeReport(@NotNull ParcelOutcome outcome) {
  }
}
