package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.blacklist.BlacklistGate;
import cn.trafficpolice.eservices.plateappeal.PlateAppealService.AppealView;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/plate-appeals")
@Tag(name = "异常选号资料修改", description = "车辆被提示已预选或已上牌、但本人确未预选时提交申诉，审核结果在此查看")
class PlateAppealController {

  private final PlateAppealService appeals;

  PlateAppealController(PlateAppealService appeals) {
    this.appeals = appeals;
  }

  @GetMapping
  @Operation(summary = "我的申诉及处理结果（最新在前）")
  List<AppealView> mine(CurrentCitizen me) {
    return appeals.mine(me.id());
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否提交申诉：未被列入互联网黑名单（否则403 BLACKLISTED，含原因和截止日期）")
  BlacklistGate.Admission eligibility(CurrentCitizen me) {
    return appeals.eligibility(me.id());
  }

  @GetMapping("/{appealId}")
  @Operation(summary = "一笔申诉")
  AppealView one(CurrentCitizen me, @PathVariable long appealId) {
    return appeals.mine(me.id(), appealId);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "提交申诉", description = "vin 为车辆识别代号；identityProof 为身份证明照片，invoice 为新车购车发票照片，"
      + "均为清晰的JPG或PNG，且与车辆识别代号和本人信息一致。")
  AppealView submit(CurrentCitizen me, @RequestParam("vin") String vin,
      @RequestPart("identityProof") MultipartFile identityProof, @RequestPart("invoice") MultipartFile invoice)
      throws IOException {
    return appeals.submit(me.id(), vin, identityProof.getBytes(), invoice.getBytes());
  }
}
