package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import cn.trafficpolice.eservices.security.TokenService;
import cn.trafficpolice.eservices.security.TokenService.IssuedToken;
import cn.trafficpolice.eservices.validation.IdNumber;
import cn.trafficpolice.eservices.validation.Phone;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "账户", description = "注册、登录、本人信息")
class AuthController {

  private final AccountService accounts;
  private final TokenService tokens;

  AuthController(AccountService accounts, TokenService tokens) {
    this.accounts = accounts;
    this.tokens = tokens;
  }

  @PostMapping("/auth/register")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "注册（非实名账户）")
  MeResponse register(@Valid @RequestBody RegisterRequest request) {
    return MeResponse.of(accounts.register(request.phone(), request.password(), request.name().trim(),
        request.idNumber()));
  }

  @PostMapping("/auth/login")
  @Operation(summary = "手机号码和密码登录，返回访问令牌")
  LoginResponse login(@Valid @RequestBody LoginRequest request) {
    Citizen citizen = accounts.authenticate(request.phone(), request.password());
    IssuedToken token = tokens.issue(citizen.id());
    return new LoginResponse(token.token(), "Bearer", token.expiresAt(), MeResponse.of(citizen));
  }

  @GetMapping("/me")
  @Operation(summary = "本人账户信息", security = @SecurityRequirement(name = "bearer"))
  MeResponse me(CurrentCitizen me) {
    return MeResponse.of(accounts.get(me.id()));
  }

  @PostMapping("/me/real-name-verification")
  @Operation(summary = "实人认证后成为实名账户", security = @SecurityRequirement(name = "bearer"),
      description = "livenessToken 为客户端人像采集后实人认证服务给出的凭证（演示环境：pass 通过，unavailable 服务不可用，其他为未通过）。")
  MeResponse verifyRealName(CurrentCitizen me, @Valid @RequestBody RealNameVerification request) {
    return MeResponse.of(accounts.verifyRealName(me.id(), request.livenessToken()));
  }

  record RealNameVerification(@NotBlank @Size(max = 200) String livenessToken) {
  }

  record RegisterRequest(
      @NotBlank @Phone String phone,
      @NotBlank @Size(min = 8, max = 64, message = "密码长度为8至64位")
      @Pattern(regexp = "^(?=.*[A-Za-z])(?=.*\\d).+$", message = "密码须同时包含字母和数字") String password,
      @NotBlank @Size(max = 50) String name,
      @NotBlank @IdNumber String idNumber) {
  }

  record LoginRequest(@NotBlank @Phone String phone, @NotBlank @Size(max = 64) String password) {
  }

  record LoginResponse(String token, String tokenType, Instant expiresAt, MeResponse citizen) {
  }

  /** Personal data masked as the 12123 app shows it. */
  record MeResponse(long id, String phone, String name, String idNumber, boolean realName) {
    static MeResponse of(Citizen c) {
      return new MeResponse(c.id(), Mask.phone(c.phone()), c.name(), Mask.idNumber(c.idNumber()), c.realName());
    }
  }
}
