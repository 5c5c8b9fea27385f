package cn.trafficpolice.eservices.plate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The vehicle office's system confirms a pre-selected plate at the window (PP-7); other systems may not. */
@RestController
@Tag(name = "外部系统回调")
class VehicleOfficeCallbackController {

  static final String ROLE = "ROLE_VEHICLE_OFFICE";

  private final PreselectionOutcomes outcomes;

  VehicleOfficeCallbackController(PreselectionOutcomes outcomes) {
    this.outcomes = outcomes;
  }

  @PostMapping("/api/v1/systems/vehicle-office/plate-preselections/{serialNumber}/confirmation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "车管所确认互联网预选号牌")
  void confirm(Authentication caller, @PathVariable String serialNumber,
      @Valid @RequestBody Confirmation request) {
    if (caller.getAuthorities().stream().noneMatch(a -> ROLE.equals(a.getAuthority()))) {
      throw new AccessDeniedException("vehicle office only");
    }
    outcomes.confirmByOffice(serialNumber, request.vin().trim(), request.plateNumber());
  }

  record Confirmation(@NotBlank @Size(max = 17) String vin, @NotBlank @Size(max = 12) String plateNumber) {
  }
}
