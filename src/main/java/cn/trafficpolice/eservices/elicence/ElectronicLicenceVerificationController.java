package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceVerification.Verification;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * EL-5 for verifiers. Verifying needs a logged-in account (the verifier's own), so that every check is
 * attributable; the public key is open to all, for checking signatures offline.
 */
@RestController
@RequestMapping("/api/v1/e-licence")
@Tag(name = "电子驾驶证核验", description = "核验出示的电子驾驶证二维码；公布验签公钥")
class ElectronicLicenceVerificationController {

  private final ElectronicLicenceVerification verification;
  private final ElectronicLicenceCodes codes;

  ElectronicLicenceVerificationController(ElectronicLicenceVerification verification, ElectronicLicenceCodes codes) {
    this.verification = verification;
    this.codes = codes;
  }

  @PostMapping("/verifications")
  @Operation(summary = "核验二维码", description = "签名、时效、电子驾驶证是否有效，以及驾驶证的实时状态和记分。")
  Verification verify(CurrentCitizen verifier, @Valid @RequestBody VerificationRequest request) {
    return verification.verify(request.code());
  }

  @GetMapping("/verification-keys")
  @Operation(summary = "验签公钥（JWKS，ES256）")
  Map<String, Object> keys() {
    return codes.publicKeys();
  }

  record VerificationRequest(@NotBlank @Size(max = 2000) String code) {
  }
}
