package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.qrcode.QrCodeImages;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.LicenceState;
import java.time.Clock;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** EL-4, EL-5: the citizen's active e-licence, its images and codes; data read live from the registry. */
@Service
public class ElectronicLicenceViews {

  private static final int QR_SIZE = 240;
  private static final int BARCODE_WIDTH = 360;
  private static final int BARCODE_HEIGHT = 80;

  private final ElectronicLicenceStore store;
  private final LicenceRegistry registry;
  private final PhotoStore photos;
  private final ElectronicLicenceCodes codes;
  private final ElectronicLicenceProperties properties;
  private final Clock clock;

  ElectronicLicenceViews(ElectronicLicenceStore store, LicenceRegistry registry,
      PhotoStore photos, ElectronicLicenceCodes codes, ElectronicLicenceProperties properties, Clock clock) {
    this.store = store;
    this.registry = registry;
    this.photos = photos;
    this.codes = codes;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ElectronicLicenceView view(long citizenId) {
    ElectronicLicence e = active(citizenId);
    DriverLicence l = registry.findByLicenceNumber(e.licenceNumber())
        .orElseThrow(() -> BusinessException.notFound("未查询到驾驶证信息"));
    String states = l.states().stream().map(Enum::name).sorted().collect(Collectors.joining());
    String stateNames = l.states().stream().sorted().map(LicenceState::label).collect(Collectors.joining("、"));
    var front = new ElectronicLicenceView.Front(l.holderName(), l.sex(), l.birthDate(), l.nationality(),
        l.licenceNumber(), l.firstIssueDate(), l.licenceClass(), l.validFrom(), l.validUntil(),
        l.accumulatedPoints(), states, stateNames, e.generatedAt());
    var back = new ElectronicLicenceView.Back(l.address(), l.issuingAuthority(), l.fileNumber(),
        "记分周期内累积记分%d分，驾驶证状态：%s".formatted(l.accumulatedPoints(), stateNames),
        LicenceClassCodes.explain(l.licenceClass()));
    return new ElectronicLicenceView(e.elicenceNumber(), front, back, codes.sign(e.elicenceNumber()),
        clock.instant().plus(properties.codeValidity()));
  }

  @Transactional(readOnly = true)
  public StoredPhoto photo(long citizenId) {
    return photos.getOwn(citizenId, active(citizenId).photoId());
  }

  @Transactional(readOnly = true)
  public byte[] qrCode(long citizenId) {
    return QrCodeImages.png(codes.sign(active(citizenId).elicenceNumber()), QR_SIZE);
  }

  @Transactional(readOnly = true)
  public byte[] barcode(long citizenId) {
    return QrCodeImages.code128Png(active(citizenId).elicenceNumber(), BARCODE_WIDTH, BARCODE_HEIGHT);
  }

  /** Both pages as one PNG, with the photo, a fresh QR code and the barcode. */
  @Transactional(readOnly = true)
  public byte[] image(long citizenId) {
    ElectronicLicenceView view = view(citizenId);
    return ElectronicLicenceImages.render(view, photo(citizenId).content(),
        QrCodeImages.png(view.verificationCode(), QR_SIZE),
        QrCodeImages.code128Png(view.elicenceNumber(), BARCODE_WIDTH, BARCODE_HEIGHT));
  }

  private ElectronicLicence active(long citizenId) {
    return store.activeOfCitizen(citizenId).orElseThrow(() -> new BusinessException(
        HttpStatus.NOT_FOUND, ElectronicLicenceErrors.ELICENCE_NOT_FOUND,
        "您还没有有效的电子驾驶证，请先申领"));
  }
}
