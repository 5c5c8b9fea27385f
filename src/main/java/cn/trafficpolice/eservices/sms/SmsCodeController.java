package cn.trafficpolice.eservices.sms;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/sms-codes")
@Tag(name = "短信验证码")
class SmsCodeController {

  private final SmsCodeService codes;
  private final AccountService accounts;

  SmsCodeController(SmsCodeService codes, AccountService accounts) {
    this.codes = codes;
    this.accounts = accounts;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "向本人注册手机发送验证码",
      description = "reference 为验证码所授权的对象，如驾驶证遗失补证确认步骤返回的 smsReference、车辆识别代号；验证码只能用于同一业务、同一对象，5分钟内有效。")
  SmsCodeService.SentCode send(CurrentCitizen me, @Valid @RequestBody SendRequest request) {
    String phone = accounts.get(me.id()).phone();
    return codes.send(phone, request.purpose(), request.reference().trim());
  }

  record SendRequest(@NotNull SmsPurpose purpose, @NotBlank @Size(max = 64) String reference) {
  }
}
