package cn.trafficpolice.eservices.registry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The licence registry reports changes of a licence (HTTP Basic, role LICENCE_REGISTRY), EL-6. */
@RestController
@RequestMapping("/api/v1/systems/licence-registry")
@Tag(name = "外部系统：驾驶证档案", description = "驾驶证档案回传准驾车型、有效期、发证机关、状态和记分的变更")
class LicenceRegistryCallbackController {

  private final LicenceRegistryChanges changes;

  LicenceRegistryCallbackController(LicenceRegistryChanges changes) {
    this.changes = changes;
  }

  @PostMapping("/licences/{licenceNumber}/changes")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "回传驾驶证变更", security = @SecurityRequirement(name = "system"),
      description = "准驾车型、有效期或发证机关变更使电子驾驶证失效（须重新申领）；状态和记分实时更新。"
          + "同一变更编号重复回传不再生效；未填写的项目不变。")
  void report(@PathVariable String licenceNumber,
      @Valid @RequestBody ChangeReport report) {
    changes.apply(new LicenceAmendment(report.changeId(), licenceNumber, report.licenceClass(), report.validUntil(),
        report.issuingAuthority() == null ? null : report.issuingAuthority().trim(),
        report.states() == null ? null : LicenceState.parse(report.states()), report.accumulatedPoints()));
  }

  /**
   * @param licenceClass one or more class codes, e.g. C1 or A2D
   * @param states       one letter per state, e.g. A or HM (DOMAIN.md reference data)
   */
  record ChangeReport(
      @NotNull @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}") String changeId,
      @Pattern(regexp = "(A[1-3]|B[12]|C[1-6]|[DEFMNP]){1,6}") String licenceClass,
      LocalDate validUntil,
      @Size(min = 2, max = 100) @Pattern(regexp = ".*\\S.*") String issuingAuthority,
      @Pattern(regexp = "[A-NPR-U]{1,10}") String states,
      @Min(0) @Max(99) Integer accumulatedPoints) {
  }
}
