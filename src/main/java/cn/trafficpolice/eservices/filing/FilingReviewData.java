package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.account.AccountService;
import cn.trafficpolice.eservices.account.Citizen;
import cn.trafficpolice.eservices.error.BusinessException;
import cn.trafficpolice.eservices.photo.PhotoStore;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.RegisteredVehicle;
import cn.trafficpolice.eservices.registry.VehicleRegistry;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reviewer of a filing sees (NF-3): both parties' names in full — the photo must show the filer with
 * the filer's own document, not the owner's — ID numbers and phones masked, the vehicle and the photo.
 * Callers first check the reviewer's right to the task.
 */
@Service
public class FilingReviewData {

  private final VehicleFilingStore store;
  private final VehicleRegistry registry;
  private final AccountService accounts;
  private final PhotoStore photos;

  FilingReviewData(VehicleFilingStore store, VehicleRegistry registry, AccountService accounts, PhotoStore photos) {
    this.store = store;
    this.registry = registry;
    this.accounts = accounts;
    this.photos = photos;
  }

  @Transactional(readOnly = true)
  public ReviewView view(String serial) {
    VehicleFiling f = filing(serial);
    Citizen filer = accounts.get(f.filerId());
    RegisteredVehicle v = registry.byVin(f.vin()).orElseThrow(() -> BusinessException.notFound("未找到该机动车"));
    return new ReviewView(f.serialNumber(), f.submittedAt(), f.way().label(), f.relation().label(),
        f.realPerson().name(),
        new Person(filer.name(), Mask.idNumber(filer.idNumber()), Mask.phone(filer.phone())),
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

  private VehicleFiling filing(String serial) {
    return store.findBySerial(serial).orElseThrow(() -> BusinessException.notFound("未找到该备案"));
  }

  public record ReviewView(String serialNumber, OffsetDateTime submittedAt, String wayName, String relationName,
      String realPersonAuthentication, Person filer, Person owner, Vehicle vehicle, boolean hasPhoto,
      List<Reason> rejectionReasons) {
  }

  public record Person(String name, String idNumber, String phone) {
  }

  public record Vehicle(String plateType, String plateNumber, String brandModel) {
  }

  public record Reason(String code, String label) {
  }
}
