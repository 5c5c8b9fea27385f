package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceService.ApplicationView;
import cn.trafficpolice.eservices.elicence.ElectronicLicenceService.Eligibility;
import cn.trafficpolice.eservices.elicence.ElectronicLicenceService.Submitted;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/e-licence")
@Tag(name = "电子驾驶证", description = "申领（留存照片或上传照片）、查看与出示电子驾驶证")
class ElectronicLicenceController {

  private final ElectronicLicenceService service;
  private final ElectronicLicenceViews views;

  ElectronicLicenceController(ElectronicLicenceService service, ElectronicLicenceViews views) {
    this.service = service;
    this.views = views;
  }

  @GetMapping("/eligibility")
  @Operation(summary = "能否申领", description = "驾驶证有效期、状态（决策表）和推广城市；有符合要求的留存照片时提示可使用。")
  Eligibility eligibility(CurrentCitizen me) {
    return service.eligibility(me.id());
  }

  @PostMapping("/applications/with-retained-photo")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "使用留存照片申领", description = "实人认证通过后立即生成电子驾驶证。")
  Submitted withRetainedPhoto(CurrentCitizen me, @Valid @RequestBody RetainedPhotoApplication request) {
    return service.applyWithRetainedPhoto(me.id(), request.livenessToken());
  }

  @PostMapping(path = "/applications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "上传照片申领或更换照片", description = "JPG或PNG；一个工作日内人工审核。")
  Submitted withPhoto(CurrentCitizen me, @RequestPart("photo") MultipartFile photo) throws IOException {
    return service.applyWithPhoto(me.id(), photo.getBytes());
  }

  @GetMapping("/applications/{serialNumber}")
  @Operation(summary = "一笔申请：状态、退回次数与原因")
  ApplicationView application(CurrentCitizen me, @PathVariable String serialNumber) {
    return service.application(me.id(), serialNumber);
  }

  @GetMapping("/applications/{serialNumber}/photo")
  @Operation(summary = "申请中的照片（仅本人）")
  ResponseEntity<byte[]> applicationPhoto(CurrentCitizen me, @PathVariable String serialNumber) {
    return image(service.applicationPhoto(me.id(), serialNumber));
  }

  @PostMapping(path = "/applications/{serialNumber}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "照片被退回后重新上传")
  Submitted uploadAgain(CurrentCitizen me, @PathVariable String serialNumber,
      @RequestPart("photo") MultipartFile photo) throws IOException {
    return service.uploadAgain(me.id(), serialNumber, photo.getBytes());
  }

  @GetMapping
  @Operation(summary = "我的电子驾驶证", description = "正页、副页信息（实时）和本次出示的验证码。")
  ElectronicLicenceView mine(CurrentCitizen me) {
    return views.view(me.id());
  }

  @GetMapping(path = "/image.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "电子驾驶证图片（正页与副页）")
  ResponseEntity<byte[]> image(CurrentCitizen me) {
    return png(views.image(me.id()));
  }

  @GetMapping(path = "/qr-code.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "验证二维码（带签名和生成时间，限时有效）")
  ResponseEntity<byte[]> qrCode(CurrentCitizen me) {
    return png(views.qrCode(me.id()));
  }

  @GetMapping(path = "/barcode.png", produces = MediaType.IMAGE_PNG_VALUE)
  @Operation(summary = "一维码（电子证号，Code 128）")
  ResponseEntity<byte[]> barcode(CurrentCitizen me) {
    return png(views.barcode(me.id()));
  }

  @GetMapping("/photo")
  @Operation(summary = "电子驾驶证照片")
  ResponseEntity<byte[]> photo(CurrentCitizen me) {
    return image(views.photo(me.id()));
  }

  private static ResponseEntity<byte[]> png(byte[] png) {
    return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
  }

  private static ResponseEntity<byte[]> image(StoredPhoto photo) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore()).body(photo.content());
  }

  record RetainedPhotoApplication(@NotBlank @Size(max = 200) String livenessToken) {
  }
}
