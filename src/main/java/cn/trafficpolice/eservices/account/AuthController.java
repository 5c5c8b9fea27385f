package cn.trafficpolice.eservices.account;

import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import cn.trafficpolice.eservices.security.TokenService;
import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.security.TokenService.IssuedTokens;
import cn.trafficpolice.eservices.sms.SmsCodeService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

  @PostMapping("/auth/registration-codes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "获取注册验证码（发送到要注册的手机号码）",
      description = "无论该号码是否已注册，回答都相同；已注册的号码收到提醒短信而非验证码。")
  SmsCodeService.SentCode registrationCode(@Valid @RequestBody RegistrationCodeRequest request) {
    return accounts.sendRegistrationCode(request.phone());
  }

  @PostMapping("/auth/register")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "注册（非实名账户），需注册验证码")
  MeResponse register(@Valid @RequestBody RegisterRequest request) {
    return MeResponse.of(accounts.register(request.phone(), request.code(), request.password(),
        request.name().trim(), request.idNumber()));
  }

  @PostMapping("/auth/login")
  @Operation(summary = "手机号码和密码登录，返回访问令牌和刷新令牌",
      description = "连续失败后每次尝试须等待逐次加倍的时间（429，Retry-After），等待结束后正确密码即可登录。")
  LoginResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    Citizen citizen = accounts.authenticate(request.phone(), request.password(), http.getRemoteAddr());
    return LoginResponse.of(tokens.login(citizen.id()), MeResponse.of(citizen));
  }

  @PostMapping("/auth/refresh")
  @Operation(summary = "用刷新令牌换取新的访问令牌和刷新令牌（刷新令牌只能使用一次）")
  LoginResponse refresh(@Valid @RequestBody RefreshRequest request) {
    IssuedTokens issued = tokens.refresh(request.refreshToken());
    return LoginResponse.of(issued, null);
  }

  @PostMapping("/auth/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "退出登录：本次登录的访问令牌和刷新令牌立即失效", security = @SecurityRequirement(name = "bearer"))
  void logout(@AuthenticationPrincipal Jwt token) {
    tokens.logout(token);
  }

  @ExceptionHandler(LoginDelayedException.class)
  ResponseEntity<ProblemDetail> delayed(LoginDelayedException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .body(ProblemHandler.problem(e.status(), e.code(), e.getMessage()));
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

  record RegistrationCodeRequest(@NotBlank @Phone String phone) {
  }

  record RegisterRequest(
      @NotBlank @Phone String phone,
      @NotBlank @Size(max = 6) String code,
      @NotBlank @Size(min = 8, max = 64, message = "密码长度为8至64位")
      @Pattern(regexp = "^(?=.*[A-Za-z])(?=.*\\d).+$", message = "密码须同时包含字母和数字") String password,
      @NotBlank @Size(max = 50) String name,
      @NotBlank @IdNumber String idNumber) {
  }

  record LoginRequest(@NotBlank @Phone String phone, @NotBlank @Size(max = 64) String password) {
  }

  record RefreshRequest(@NotBlank @Size(max = 100) String refreshToken) {
  }

  /** {@code citizen} only at login. */
  record LoginResponse(String token, String tokenType, Instant expiresAt, long expiresIn, String refreshToken,
      MeResponse citizen) {
    static LoginResponse of(IssuedTokens t, MeResponse citizen) {
      return new LoginResponse(t.token(), "Bearer", t.expiresAt(), t.expiresIn(), t.refreshToken(), citizen);
    }
  }

  /** Personal data masked as the 12123 app shows it. */
  record MeResponse(long id, String phone, String name, String idNumber, boolean realName) {
    static MeResponse of(Citizen c) {
      return new MeResponse(c.id(), Mask.phone(c.phone()), c.name(), Mask.idNumber(c.idNumber()), c.realName());
    }
  }
}
