package cn.trafficpolice.eservices.postgres;

import cn.trafficpolice.eservices.application.Business;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.validation.Vins;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The citizens of the load, each with what their business needs in the in-app registries: all of them 湛江
 * licence holders (real-name, state A) of a rollout city; a retained photo for the e-licence (EL-2), a new car for
 * plate pre-selection, a household record allowing online ID-card reissue (ID-1), an owner with a registered
 * car for the filing. Plate pre-selectors compete for {@link #CONTESTED_PLATES}.
 */
final class ClusterFixtures {

  /** Three fresh plates of 湛江 that every pre-selector proposes first (PP-12). */
  static final List<String> CONTESTED_PLATES = List.of("粤GZ1357", "粤GZ2468", "粤GZ3579");
  static final String OFFICE = "440800";

  private final JdbcClient database;
  private final LicenceHolders holders;
  private int vehicles;

  ClusterFixtures(JdbcClient database) {
    this.database = database;
    this.holders = new LicenceHolders(database, PasswordEncoderFactories.createDelegatingPasswordEncoder());
  }

  /** @param perBusiness how many citizens apply in each business */
  List<LoadCitizen> seed(int perBusiness) {
    for (String plate : CONTESTED_PLATES) {
      database.sql("""
              INSERT INTO plate_pool (plate_number, office_code, plate_kind, status)
              VALUES (:plate, :office, 'ORDINARY_SMALL', 'AVAILABLE')""")
          .param("plate", plate).param("office", OFFICE).update();
    }
    List<LoadCitizen> load = new ArrayList<>();
    for (int i = 0; i < perBusiness; i++) {
      load.add(new LoadCitizen(Business.LICENCE_LOSS_REPLACEMENT, holders.create("A"), null, null, false));
      load.add(new LoadCitizen(Business.ELECTRONIC_LICENCE, withRetainedPhoto(holders.create("A")), null, null,
          false));
      load.add(preselector());
      // the first filer needs a reviewer: the claim race waits for that task before the kill
      load.add(filer(i % 2 == 1));
      load.add(new LoadCitizen(Business.ID_CARD_REISSUE, withHousehold(holders.create("A")), null, null, false));
    }
    return load;
  }

  private Holder withRetainedPhoto(Holder holder) {
    database.sql("""
            UPDATE driver_licence SET retained_photo = 'registry/photos/440802198503120018.jpg',
                   retained_photo_taken_on = :takenOn WHERE licence_number = :number""")
        .param("takenOn", LocalDate.now().minusMonths(1)).param("number", holder.licenceNumber()).update();
    return holder;
  }

  /** ID-1: fingerprints collected, card and photo within validity, household unchanged. */
  private Holder withHousehold(Holder holder) {
    database.sql("""
            INSERT INTO household_record (id_number, name, sex, ethnicity, birth_date, address, police_station,
                fingerprints_collected, fingerprints_taken_on, card_photo_taken_on, card_valid_until,
                household_changed_on, last_card_application_on, remote_area)
            SELECT id_number, holder_name, sex, '汉族', birth_date, address, '湛江市公安局海滨派出所', TRUE,
                DATE '2020-05-01', DATE '2020-05-01', DATE '2040-05-01', NULL, DATE '2020-05-01', FALSE
            FROM driver_licence WHERE licence_number = :number""")
        .param("number", holder.licenceNumber()).update();
    return holder;
  }

  /** A buyer of a new small car without a plate, to be registered in 湛江 (PP-1, PP-2). */
  private LoadCitizen preselector() {
    Holder buyer = holders.create("A");
    String vin = vin("LCLPPSEL");
    insertVehicle(vin, null, buyer, "WBJ" + vin.substring(9));
    return new LoadCitizen(Business.PLATE_PRESELECTION, buyer, null, vin, false);
  }

  /** A filer and the owner of a registered non-commercial small car (NF-2); half pass real-person checks (NF-3). */
  private LoadCitizen filer(boolean realPersonPasses) {
    Holder owner = holders.create("A");
    String vin = vin("LCLNFVEH");
    insertVehicle(vin, "粤GN%04d".formatted(1000 + vehicles), owner, null);
    return new LoadCitizen(Business.NON_OWNED_VEHICLE_FILING, holders.create("A"), owner, vin, realPersonPasses);
  }

  private void insertVehicle(String vin, String plate, Holder owner, String certificate) {
    database.sql("""
            INSERT INTO vehicle (vin, plate_type, plate_number, vehicle_kind, use_character, owner_kind,
                owner_id_number, owner_name, owner_phone, engine_number, brand_model, office_code, registered_on,
                conformity_cert_number)
            VALUES (:vin, :plateType, :plate, 'SMALL_CAR', 'NON_COMMERCIAL', 'PERSON', :owner, :name, :phone,
                :engine, '大众牌SVW7157', :office, :registered, :certificate)""")
        .param("vin", vin).param("plateType", plate == null ? null : "02").param("plate", plate)
        .param("owner", owner.idNumber()).param("name", owner.name()).param("phone", owner.phone())
        .param("engine", "EA211A" + vin.substring(11)).param("office", OFFICE)
        .param("registered", plate == null ? null : LocalDate.of(2024, 5, 10)).param("certificate", certificate)
        .update();
  }

  private String vin(String prefix) {
    String first17 = prefix + "0N" + "%07d".formatted(++vehicles);
    return first17.substring(0, 8) + Vins.checkDigit(first17) + first17.substring(9);
  }

  /**
   * One citizen of the load and what their business needs.
   *
   * @param owner            the vehicle's owner (filing only)
   * @param vin              the new car (pre-selection) or the filed car (filing)
   * @param realPersonPasses the filer's real-person check passes; otherwise a reviewer decides on a photo (NF-3)
   */
  record LoadCitizen(Business business, Holder citizen, Holder owner, String vin, boolean realPersonPasses) {
  }
}
