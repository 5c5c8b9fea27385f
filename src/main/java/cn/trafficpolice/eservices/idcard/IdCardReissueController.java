package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.idcard.IdCardReissueService.AppointmentRequest;
import cn.trafficpolice.eservices.idcard.IdCardReissueService.Submitted;
import cn.trafficpolice.eservices.idcard.MyIdCardReissues.ReissueView;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/id-card-reissues")
@Tag(name = "居民身份证补领", description = "网上补领条件、网上补领并缴费、预约办理、临时居民身份证")
class IdCardReissueController {

  private final IdCardReissueService reissues;
  private final MyIdCardReissues mine;

  IdCardReissueController(IdCardReissueService reissues, MyIdCardReissues mine) {
    this.reissues = reissues;
    this.mine = mine;
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否网上补领", description = "不符合条件的列出全部原因，并引导预约办理。")
  OnlineEligibility eligibility(CurrentCitizen me) {
    return reissues.eligibility(me.id());
  }

  @PostMapping("/online")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "网上补领", description = "工本费40元，须在支付时限内缴纳；新证邮寄到所选收件地址。")
  Submitted online(CurrentCitizen me, @Valid @RequestBody OnlineApplication request) {
    return reissues.submitOnline(me.id(), request.reason(), request.addressId());
  }

  @PostMapping("/appointments")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "预约办理：填写网上预约登记表", description = "公安机关审核后短信通知办理时间和地点。")
  Submitted appointment(CurrentCitizen me, @Valid @RequestBody AppointmentApplication request) {
    return reissues.submitAppointment(me.id(), new AppointmentRequest(request.reason(), request.preferredDate(),
        request.delivery(), request.addressId(), request.note()));
  }

  @GetMapping
  @Operation(summary = "我的居民身份证补领（最新在前）")
  List<ReissueView> list(CurrentCitizen me) {
    return mine.list(me.id());
  }

  @GetMapping("/{serialNumber}")
  @Operation(summary = "一笔居民身份证补领")
  ReissueView one(CurrentCitizen me, @PathVariable String serialNumber) {
    return mine.get(me.id(), serialNumber);
  }

  @PostMapping("/{serialNumber}/temporary-card")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "申请临时居民身份证", description = "受理后、领到新证前可申请一次，由受理单位办理并短信告知。")
  ReissueView temporaryCard(CurrentCitizen me, @PathVariable String serialNumber) {
    reissues.requestTemporaryCard(me.id(), serialNumber);
    return mine.get(me.id(), serialNumber);
  }

  record OnlineApplication(@NotNull ReissueReason reason, @NotNull Long addressId) {
  }

  record AppointmentApplication(@NotNull ReissueReason reason, @NotNull LocalDate preferredDate,
      @NotNull CardDelivery delivery, Long addressId, @Size(max = 200) String note) {
  }
}
