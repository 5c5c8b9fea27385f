package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.validation.CreditCode;
import cn.trafficpolice.eservices.validation.IdNumber;
import cn.trafficpolice.eservices.validation.Phone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators register organisations and their agents once the window has checked the papers (SH-1). */
@RestController
@Validated
@RequestMapping("/api/v1/operations/organisations")
@Tag(name = "单位用户（运维）", description = "登记单位（统一社会信用代码、登记地车管所）及其经办人")
class OrganisationOperationsController {

  private final Organisations organisations;

  OrganisationOperationsController(Organisations organisations) {
    this.organisations = organisations;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "登记单位", description = "统一社会信用代码按 GB 32100 校验；登记地车管所为该单位预选号牌的唯一车管所。")
  Organisation register(@Valid @RequestBody NewOrganisation request) {
    return organisations.register(request.creditCode(), request.name(), request.officeCode(), request.phone());
  }

  @GetMapping("/{creditCode}")
  @Operation(summary = "单位及其经办人")
  OrganisationWithAgents one(@PathVariable @CreditCode String creditCode) {
    return new OrganisationWithAgents(organisations.get(creditCode), organisations.agents(creditCode));
  }

  @PostMapping("/{creditCode}/agents")
  @Operation(summary = "登记经办人", description = "经办人须已有实名账户（窗口注册或实人认证）；重复登记无副作用。")
  List<OrganisationAgent> registerAgent(@PathVariable @CreditCode String creditCode,
      @Valid @RequestBody NewAgent request, Principal operator) {
    return organisations.registerAgent(creditCode, request.idNumber(), operator.getName());
  }

  @DeleteMapping("/{creditCode}/agents/{citizenId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "注销经办人", description = "立即生效。")
  void revokeAgent(@PathVariable @CreditCode String creditCode, @PathVariable long citizenId) {
    organisations.revokeAgent(creditCode, citizenId);
  }

  record NewOrganisation(@NotBlank @CreditCode String creditCode, @NotBlank @Size(max = 100) String name,
      @NotBlank @Size(max = 12) String officeCode, @NotBlank @Phone String phone) {
  }

  record NewAgent(@NotBlank @IdNumber String idNumber) {
  }

  record OrganisationWithAgents(Organisation organisation, List<OrganisationAgent> agents) {
  }
}
