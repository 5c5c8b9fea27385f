package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceRegistry;
import cn.trafficpolice.eservices.registry.RetainedPhoto;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reviewer of a filing sees (NF-3): both parties' names in full — the photo must show the filer with
 * the filer's own document, not the owner's — ID numbers and phones masked, the vehicle and the photo, beside the
 * filer's portrait from the licence registry (to see whether the photo shows the filer) and the numbers of the
 * filer's documents, masked to the first and last four characters, to compare with the document held up.
 * Callers first check the reviewer's right to the task.
 */
@Service
public class FilingReviewData {

  private final VehicleFilingStore store;
  private final VehicleRegistry registry;
  private final AccountService accounts;
  private final PhotoStore photos;
  private final LicenceRegistry licences;

  FilingReviewData(VehicleFilingStore store, VehicleRegistry registry, AccountService accounts, PhotoStore photos,
      LicenceRegistry licences) {
    this.store = store;
    this.registry = registry;
    this.accounts = accounts;
    this.photos = photos;
    this.licences = licences;
  }

  @Transactional(readOnly = true)
  public ReviewView view(String serial) {
    VehicleFiling f = filing(serial);
    Citizen filer = accounts.get(f.filerId());
    RegisteredVehicle v = registry.byVin(f.vin()).orElseThrow(() -> BusinessException.notFound("未找到该机动车"));
    String licenceNumber = licences.findByIdNumber(filer.idNumber()).map(DriverLicence::licenceNumber).orElse(null);
    LocalDate portraitTakenOn = licenceNumber == null ? null
        : licences.retainedPhoto(licenceNumber).map(RetainedPhoto::takenOn).orElse(null);
    return new ReviewView(f.serialNumber(), f.submittedAt(), f.way().label(), f.relation().label(),
        f.realPerson().name(),
        new Person(filer.name(), Mask.idNumber(filer.idNumber()), Mask.phone(filer.phone())),
        new Documents(Mask.idNumber(filer.idNumber()), Mask.idNumber(licenceNumber)),
        portraitTakenOn != null, portraitTakenOn,
        new Person(v.ownerName(), Mask.idNumber(v.ownerIdNumber()), Mask.phone(v.ownerPhone())),
        new Vehicle(v.plateType(), v.plateNumber(), v.brandModel()), f.photoId() != null,
        Arrays.stream(RejectionReason.values()).map(r -> new Reason(r.name(), r.label())).toList());
  }

  @Transactional(readOnly = true)
  public StoredPhoto photo(String serial) {
    Long photoId = filing(serial).photoId();
    if (photoId == null) {
      throw BusinessException.notFound("该备案没有照片");
    }
    return photos.get(photoId);
  }

  /** The filer's portrait as the licence registry keeps it. */
  @Transactional(readOnly = true)
  public RetainedPhoto registryPortrait(String serial) {
    Citizen filer = accounts.get(filing(serial).filerId());
    return licences.findByIdNumber(filer.idNumber()).flatMap(l -> licences.retainedPhoto(l.licenceNumber()))
        .orElseThrow(() -> BusinessException.notFound("登记信息中没有备案人的照片"));
  }

  private VehicleFiling filing(String serial) {
    return store.findBySerial(serial).orElseThrow(() -> BusinessException.notFound("未找到该备案"));
  }

  public record ReviewView(String serialNumber, OffsetDateTime submittedAt, String wayName, String relationName,
      String realPersonAuthentication, Person filer, Documents filerDocuments, boolean hasRegistryPortrait,
      LocalDate registryPortraitTakenOn, Person owner, Vehicle vehicle, boolean hasPhoto,
      List<Reason> rejectionReasons) {
  }

  /** The numbers of the filer's own ID card and licence, masked; the licence's is null without one. */
  public record Documents(String idCardNumber, String licenceNumber) {
  }

  public record Person(String name, String idNumber, String phone) {
  }

  public record Vehicle(String plateType, String plateNumber, String brandModel) {
  }

  public record Reason(String code, String label) {
  }
}
