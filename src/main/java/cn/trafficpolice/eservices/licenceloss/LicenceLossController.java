package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.registry.PickupSite;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The six steps of seed 000. There is no withdrawal: once applied online, an application runs to its end (LL-8). */
@RestController
@RequestMapping("/api/v1/licence-loss")
@Tag(name = "驾驶证遗失补证", description = "业务须知、用户申告、确认信息、资料填写、确认提交、完成提交")
class LicenceLossController {

  private final LicenceLossService service;
  private final LicenceLossStarter starter;

  LicenceLossController(LicenceLossService service, LicenceLossStarter starter) {
    this.service = service;
    this.starter = starter;
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否办理：仅限实名用户，且未被列入互联网黑名单（否则403 BLACKLISTED，含原因和截止日期）")
  BlacklistGate.Admission eligibility(CurrentCitizen me) {
    return service.eligibility(me.id());
  }

  @GetMapping("/notice")
  @Operation(summary = "步骤1、2：业务须知和用户申告的内容")
  LicenceLossNotice notice() {
    return service.notice();
  }

  @GetMapping("/my-licence")
  @Operation(summary = "步骤3：本人驾驶证信息（仅限实名用户），含不能补证的状态")
  LicenceView myLicence(CurrentCitizen me) {
    return service.myLicence(me.id());
  }

  @GetMapping("/pickup-sites")
  @Operation(summary = "步骤4：窗口自取网点（按城市，如“湛江市”），含地址、办公时间、电话和地图坐标")
  List<PickupSite> pickupSites(@RequestParam(required = false) String city) {
    return service.pickupSites(city);
  }

  @PostMapping("/applications/confirmation")
  @Operation(summary = "步骤5：确认信息——按将要提交的内容校验全部条件，返回驾驶证、领取方式、地址或网点、费用说明",
      description = "返回的 smsReference 用于申请短信验证码（用途 LICENCE_LOSS_SUBMIT）；提交的内容须与确认的一致，否则验证码无效。")
  Confirmation confirm(CurrentCitizen me, @Valid @RequestBody Draft draft) {
    return service.preview(me.id(), draft);
  }

  @PostMapping("/applications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "步骤6：确认提交（须短信验证码，用途 LICENCE_LOSS_SUBMIT，对象为确认步骤返回的 smsReference），返回业务流水号",
      description = "提交后于下一个工作日（不含当天）受理，并以短信告知结果；网上申请后不能退办。")
  Submitted submit(CurrentCitizen me, @Valid @RequestBody Submission submission) {
    return new Submitted(starter.submit(me.id(), submission));
  }

  record Submitted(String serialNumber) {
  }
}
