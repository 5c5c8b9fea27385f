package cn.trafficpolice.eservices.idcard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The postal service reports a delivered ID card parcel (HTTP Basic, role POSTAL_SERVICE). */
@RestController
@RequestMapping("/api/v1/systems/postal/id-card-reissues")
@Tag(name = "外部系统：邮政", description = "邮政速递回传居民身份证邮件的签收结果")
class IdCardPostalCallbackController {

  private final IdCardReissueService reissues;

  IdCardPostalCallbackController(IdCardReissueService reissues) {
    this.reissues = reissues;
  }

  @PostMapping("/parcels/{trackingNumber}/delivered")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "回传邮件已签收", security = @SecurityRequirement(name = "system"))
  void delivered(@PathVariable String trackingNumber) {
    reissues.parcelDelivered(trackingNumber);
  }
}
