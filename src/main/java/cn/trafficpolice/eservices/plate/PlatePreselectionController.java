package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.plate.PlateSelectionService.RandomBatch;
import cn.trafficpolice.eservices.plate.PlateSelectionService.SelfComposedResult;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
@RequestMapping("/api/v1/plate-preselections")
@Tag(name = "预选机动车号牌", description = "第一阶段录入车辆信息，第二阶段在服务时间内短信验证后自编或随机选号")
class PlatePreselectionController {

  private final PlatePreselectionService preselections;
  private final PlateSelectionService selection;

  PlatePreselectionController(PlatePreselectionService preselections, PlateSelectionService selection) {
    this.preselections = preselections;
    this.selection = selection;
  }

  @GetMapping
  @Operation(summary = "我的预选号牌（最新在前）")
  List<SelectionView> mine(CurrentCitizen me) {
    return preselections.mine(me.id());
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否预选号牌：未被列入互联网黑名单（否则403 BLACKLISTED，含原因和截止日期）")
  BlacklistGate.Admission eligibility(CurrentCitizen me) {
    return preselections.eligibility(me.id());
  }

  @GetMapping("/{selectionId}")
  @Operation(summary = "一笔预选号牌：剩余自编个数、随机换批次数、已选号牌及有效期")
  SelectionView one(CurrentCitizen me, @PathVariable long selectionId) {
    return preselections.mine(me.id(), selectionId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "第一阶段：车辆识别代号、合格证编号（或进口证明编号）、登记地车管所",
      description = "已预选或已上牌的车辆被拒绝，答复中 appealPossible 为 true，可提交异常选号资料修改申诉。")
  SelectionView start(CurrentCitizen me, @Valid @RequestBody BasicInformation request) {
    return preselections.start(me.id(), request.vin(), request.certificateNumber(), request.officeCode(),
        Boolean.TRUE.equals(request.noticeAccepted()));
  }

  @PostMapping("/{selectionId}/verification")
  @Operation(summary = "第二阶段：本人选号手机验证",
      description = "先以 purpose=PLATE_PRESELECTION、reference=车辆识别代号 请求验证码（/api/v1/sms-codes）。")
  SelectionView verify(CurrentCitizen me, @PathVariable long selectionId, @Valid @RequestBody SmsCode request) {
    return preselections.verify(me.id(), selectionId, request.code());
  }

  @PostMapping("/{selectionId}/self-composed-checks")
  @Operation(summary = "自编选号：每次提交N个号牌；均不可选时剩余自编个数减少N")
  SelfComposedResult composeOwn(CurrentCitizen me, @PathVariable long selectionId,
      @Valid @RequestBody Proposals request) {
    return selection.composeOwn(me.id(), selectionId, request.plates());
  }

  @PostMapping("/{selectionId}/random-batches")
  @Operation(summary = "随机选号：换一批（消耗一次机会），号牌短时保留")
  RandomBatch anotherBatch(CurrentCitizen me, @PathVariable long selectionId) {
    return selection.anotherBatch(me.id(), selectionId);
  }

  @PostMapping("/{selectionId}/random-selection")
  @Operation(summary = "随机选号：从本批保留的号牌中选定一个")
  SelectionView pick(CurrentCitizen me, @PathVariable long selectionId, @Valid @RequestBody Pick request) {
    return selection.pickFromBatch(me.id(), selectionId, request.plateNumber());
  }

  record BasicInformation(@NotBlank @Size(max = 17) String vin, @NotBlank @Size(max = 30) String certificateNumber,
      @NotBlank @Size(max = 12) String officeCode, Boolean noticeAccepted) {
  }

  record SmsCode(@NotBlank @Pattern(regexp = "\\d{6}", message = "验证码为6位数字") String code) {
  }

  record Proposals(@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 12) String> plates) {
  }

  record Pick(@NotBlank @Size(max = 12) String plateNumber) {
  }
}
