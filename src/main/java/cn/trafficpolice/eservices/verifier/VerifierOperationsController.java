package cn.trafficpolice.eservices.verifier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators (camunda-admin, HTTP Basic) register verifier organisations and disable them (EL-5). */
@RestController
@RequestMapping("/api/v1/operations/verifiers")
@Tag(name = "运维：核验单位", description = "登记公安、保险、租车等电子驾驶证核验单位，停用或启用其账号")
class VerifierOperationsController {

  private final Verifiers verifiers;

  VerifierOperationsController(Verifiers verifiers) {
    this.verifiers = verifiers;
  }

  @GetMapping
  @Operation(summary = "核验单位列表")
  List<Verifier> all() {
    return verifiers.all();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记核验单位", description = "密码只以哈希保存；核验单位以HTTP Basic调用 /api/v1/verifications。")
  Verifier register(@Valid @RequestBody NewVerifier request) {
    return verifiers.register(request.username(), request.organisation().trim(), request.kind(), request.password());
  }

  @PutMapping("/{username}/enabled")
  @Operation(summary = "启用或停用核验单位账号", description = "停用后该账号的核验请求一律拒绝（401）。")
  Verifier setEnabled(@PathVariable String username, @Valid @RequestBody Enabled request) {
    return verifiers.setEnabled(username, request.enabled());
  }

  record NewVerifier(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9.-]{2,39}") String username,
      @NotBlank @Size(max = 100) String organisation, @NotNull VerifierKind kind,
      @NotNull @Size(min = 12, max = 72) String password) {
  }

  record Enabled(@NotNull Boolean enabled) {
  }
}
