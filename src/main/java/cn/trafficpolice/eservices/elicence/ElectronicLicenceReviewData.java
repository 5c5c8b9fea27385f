package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.LicenceState;
import cn.trafficpolice.eservices.registry.RetainedPhoto;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the photo reviewer sees (EL-3): the licence data, the uploaded photo beside the registry's retained one,
 * the photo rules and the rejection reasons. Callers first check the reviewer's right to the task.
 */
@Service
public class ElectronicLicenceReviewData {

  static final List<String> PHOTO_RULES = List.of("白色背景，光线均匀", "着深色衣服，不着制式服装",
      "免冠，不戴口罩、帽子、头巾或饰品", "头发不遮挡面部和耳朵", "坐姿端正，双肩水平，表情自然，正对镜头",
      "近6个月内拍摄，不过度修图，不化浓妆");

  private final ElectronicLicenceStore store;
  private final LicenceRegistry registry;
  private final PhotoStore photos;
  private final ElectronicLicenceFigures figures;

  ElectronicLicenceReviewData(ElectronicLicenceStore store, LicenceRegistry registry, PhotoStore photos,
      ElectronicLicenceFigures figures) {
    this.store = store;
    this.registry = registry;
    this.photos = photos;
    this.figures = figures;
  }

  @Transactional(readOnly = true)
  public ReviewView view(String serial) {
    LicenceApplication a = application(serial);
    DriverLicence l = licence(a);
    LocalDate retainedTakenOn = registry.retainedPhoto(l.licenceNumber()).map(RetainedPhoto::takenOn).orElse(null);
    return new ReviewView(a.serialNumber(), a.submittedAt(), a.rejections(), figures.getMaxPhotoRejections(),
        new Licence(l.holderName(), l.sex(), l.birthDate(), Mask.idNumber(l.licenceNumber()), l.licenceClass(),
            l.validUntil(), l.states().stream().sorted().map(LicenceState::label).collect(Collectors.joining("、")),
            l.issuingAuthority()),
        retainedTakenOn != null, retainedTakenOn, PHOTO_RULES,
        Arrays.stream(PhotoRejectionReason.values()).map(r -> new Reason(r.name(), r.label())).toList());
  }

  @Transactional(readOnly = true)
  public StoredPhoto photo(String serial) {
    return photos.get(application(serial).photoId());
  }

  @Transactional(readOnly = true)
  public RetainedPhoto retainedPhoto(String serial) {
    return registry.retainedPhoto(application(serial).licenceNumber())
        .orElseThrow(() -> BusinessException.notFound("该驾驶人没有留存照片"));
  }

  private LicenceApplication application(String serial) {
    return store.application(serial).orElseThrow(() -> BusinessException.notFound("未找到该申请"));
  }

  private DriverLicence licence(LicenceApplication a) {
    return registry.findByLicenceNumber(a.licenceNumber())
        .orElseThrow(() -> BusinessException.notFound("未查询到驾驶证信息"));
  }

  /** {@code maxRejections}: after this many rejections the citizen must apply at a window (EL-3). */
  public record ReviewView(String serialNumber, OffsetDateTime submittedAt, int previousRejections, int maxRejections,
      Licence licence, boolean hasRetainedPhoto, LocalDate retainedPhotoTakenOn, List<String> photoRules,
      List<Reason> rejectionReasons) {
  }

  public record Licence(String name, String sex, LocalDate birthDate, String licenceNumber, String licenceClass,
      LocalDate validUntil, String stateNames, String issuingAuthority) {
  }

  public record Reason(String code, String label) {
  }
}
