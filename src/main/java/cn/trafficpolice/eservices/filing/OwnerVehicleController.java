package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.filing.OwnerVehicles.Filer;
import cn.trafficpolice.eservices.filing.OwnerVehicles.OwnedVehicle;
import cn.trafficpolice.eservices.filing.OwnerVehicles.QrCode;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/vehicle-filings/owned-vehicles")
@Tag(name = "备案非本人机动车（机动车所有人）", description = "本人名下机动车、备案二维码、被备案情况与解除备案")
class OwnerVehicleController {

  static final String EXPIRES_HEADER = "X-QR-Expires-At";

  private final OwnerVehicles owners;

  OwnerVehicleController(OwnerVehicles owners) {
    this.owners = owners;
  }

  @GetMapping
  @Operation(summary = "本人名下的机动车")
  List<OwnedVehicle> vehicles(CurrentCitizen me) {
    return owners.vehicles(me.id());
  }

  @GetMapping("/{vin}/qr-code")
  @Operation(summary = "机动车二维码（PNG）", description = "供他人扫码备案，几分钟内有效；过期后重新生成。")
  ResponseEntity<byte[]> qrCode(CurrentCitizen me, @PathVariable String vin) {
    QrCode qr = owners.qrCode(me.id(), vin);
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
        .header(EXPIRES_HEADER, qr.expiresAt().toString()).body(qr.png());
  }

  @GetMapping("/filings")
  @Operation(summary = "本人机动车被谁备案")
  List<Filer> filers(CurrentCitizen me) {
    return owners.filers(me.id());
  }

  @PostMapping("/filings/{filingId}/unbind")
  @Operation(summary = "解除他人对本人机动车的备案", description = "无需审核，立即生效。")
  Filer unbind(CurrentCitizen me, @PathVariable long filingId) {
    return owners.unbind(me.id(), filingId);
  }
}
