package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.filing.FilerVehicles.FilingView;
import cn.trafficpolice.eservices.filing.VehicleFilingService.OwnerCodeSent;
import cn.trafficpolice.eservices.filing.VehicleFilingService.SubmittedFiling;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/vehicle-filings")
@Tag(name = "备案非本人机动车（备案人）", description = "扫码或短信验证备案他人名下的机动车、上传手持证件照片、查看和解除备案")
class VehicleFilingController {

  private final VehicleFilingService filings;
  private final FilerVehicles filerVehicles;

  VehicleFilingController(VehicleFilingService filings, FilerVehicles filerVehicles) {
    this.filings = filings;
    this.filerVehicles = filerVehicles;
  }

  @GetMapping
  @Operation(summary = "我的备案申请（最新在前）")
  List<FilingView> mine(CurrentCitizen me) {
    return filerVehicles.myFilings(me.id());
  }

  @GetMapping("/filed-vehicles")
  @Operation(summary = "我已备案的非本人机动车")
  List<FilingView> filedVehicles(CurrentCitizen me) {
    return filerVehicles.filedVehicles(me.id());
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否备案：仅限实名用户，且未被列入互联网黑名单（否则403 BLACKLISTED，含原因和截止日期）")
  BlacklistGate.Admission eligibility(CurrentCitizen me) {
    return filings.eligibility(me.id());
  }

  @GetMapping("/{filingId}")
  @Operation(summary = "一笔备案")
  FilingView one(CurrentCitizen me, @PathVariable long filingId) {
    return filerVehicles.myFiling(me.id(), filingId);
  }

  @PostMapping("/by-qr-code")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "扫码备案", description = "qrToken 为扫描机动车所有人备案二维码所得内容；livenessToken 为实人认证所得凭证。")
  SubmittedFiling byQrCode(CurrentCitizen me, @Valid @RequestBody QrCodeFiling request) {
    return filings.submitByQrCode(me.id(), request.qrToken().trim(), request.relation(), request.livenessToken());
  }

  @PostMapping("/owner-sms-codes")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "短信验证备案：向机动车登记的手机号码发送验证码")
  OwnerCodeSent sendOwnerCode(CurrentCitizen me, @Valid @RequestBody VehicleData request) {
    return filings.sendOwnerCode(me.id(), request.identity());
  }

  @PostMapping("/by-sms-code")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "短信验证备案：提交机动车所有人提供的验证码")
  SubmittedFiling bySmsCode(CurrentCitizen me, @Valid @RequestBody SmsCodeFiling request) {
    return filings.submitBySmsCode(me.id(), request.identity(), request.code(), request.relation(),
        request.livenessToken());
  }

  @PostMapping(path = "/{filingId}/id-photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "上传本人手持身份证或驾驶证照片", description = "实人认证未通过时上传，JPG或PNG，人工审核。")
  PhotoAccepted uploadIdPhoto(CurrentCitizen me, @PathVariable long filingId,
      @RequestPart("photo") MultipartFile photo) throws IOException {
    FilingStatus status = filings.uploadIdPhoto(me.id(), filingId, photo.getBytes());
    return new PhotoAccepted(status, status.label());
  }

  @PostMapping("/{filingId}/unbind")
  @Operation(summary = "解除备案此机动车", description = "无需审核，立即生效。")
  FilingView unbind(CurrentCitizen me, @PathVariable long filingId) {
    return filerVehicles.unbind(me.id(), filingId);
  }

  @GetMapping("/{filingId}/violation-handling")
  @Operation(summary = "能否处理该车某一时间的交通违法", description = "备案前发生的交通违法不能由备案人处理（可由配置临时放宽）。")
  ViolationHandling violationHandling(CurrentCitizen me, @PathVariable long filingId,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime committedAt) {
    return new ViolationHandling(filerVehicles.mayHandleViolation(me.id(), filingId, committedAt));
  }

  record QrCodeFiling(@NotBlank @Size(max = 2000) String qrToken, @NotNull FilerRelation relation,
      @NotBlank @Size(max = 200) String livenessToken) {
  }

  record VehicleData(
      @NotBlank @Pattern(regexp = "\\d{2}", message = "号牌种类为两位数字代码") String plateType,
      @NotBlank @Size(max = 12) String plateNumber,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{6}", message = "请输入发动机号后六位") String engineNumberSuffix) {
    VehicleIdentity identity() {
      return new VehicleIdentity(plateType, plateNumber, engineNumberSuffix);
    }
  }

  record SmsCodeFiling(
      @NotBlank @Pattern(regexp = "\\d{2}", message = "号牌种类为两位数字代码") String plateType,
      @NotBlank @Size(max = 12) String plateNumber,
      @NotBlank @Pattern(regexp = "[A-Za-z0-9]{6}", message = "请输入发动机号后六位") String engineNumberSuffix,
      @NotBlank @Pattern(regexp = "\\d{6}", message = "验证码为6位数字") String code,
      @NotNull FilerRelation relation,
      @NotBlank @Size(max = 200) String livenessToken) {
    VehicleIdentity identity() {
      return new VehicleIdentity(plateType, plateNumber, engineNumberSuffix);
    }
  }

  record PhotoAccepted(FilingStatus status, String statusName) {
  }

  record ViolationHandling(boolean allowed) {
  }
}
