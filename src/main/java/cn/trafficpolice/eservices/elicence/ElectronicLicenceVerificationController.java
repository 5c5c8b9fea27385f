package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceVerification.Verification;
import cn.trafficpolice.eservices.elicence.VerificationRecords.HolderVerification;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import cn.trafficpolice.eservices.verifier.Verifiers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * EL-5. Verifier organisations verify with their own credentials (HTTP Basic, role VERIFIER), so that every check
 * is attributable; the holder lists who verified their e-licence; the public key is open to all, for checking
 * signatures offline.
 */
@RestController
@Tag(name = "电子驾驶证核验", description = "核验单位核验出示的电子驾驶证二维码；持证人查询核验记录；公布验签公钥")
class ElectronicLicenceVerificationController {

  private final ElectronicLicenceVerification verification;
  private final ElectronicLicenceCodes codes;
  private final Verifiers verifiers;

  ElectronicLicenceVerificationController(ElectronicLicenceVerification verification, ElectronicLicenceCodes codes,
      Verifiers verifiers) {
    this.verification = verification;
    this.codes = codes;
    this.verifiers = verifiers;
  }

  @PostMapping("/api/v1/verifications/e-licence")
  @Operation(summary = "核验二维码（核验单位）", security = @SecurityRequirement(name = "system"),
      description = "签名、时效、电子驾驶证是否有效，以及驾驶证的实时状态和记分；每次核验都记录并告知持证人。")
  Verification verify(Principal verifier, @Valid @RequestBody VerificationRequest request) {
    return verification.verify(verifiers.get(verifier.getName()), request.code());
  }

  @GetMapping("/api/v1/e-licence/verifications")
  @Operation(summary = "我的电子驾驶证核验记录", description = "哪个单位（公安、保险、租车）在何时核验，结果如何；最近200条。")
  List<HolderVerification> mine(CurrentCitizen me) {
    return verification.ofHolder(me.id());
  }

  @GetMapping("/api/v1/e-licence/verification-keys")
  @Operation(summary = "验签公钥（JWKS，ES256）")
  Map<String, Object> keys() {
    return codes.publicKeys();
  }

  record VerificationRequest(@NotBlank @Size(max = 2000) String code) {
  }
}
