package cn.trafficpolice.eservices.plate;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What phase 1 (PP-2) checks against the vehicle registry's table {@code vehicle}: the certificate number (of
 * conformity, or of import, kept in one column), the buyer and whether a plate is already registered.
 */
@Repository
class NewVehicles {

  private final JdbcClient jdbc;

  NewVehicles(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<NewVehicle> byVin(String vin) {
    return jdbc.sql("""
            SELECT vin, plate_number, vehicle_kind, owner_kind, owner_id_number, conformity_cert_number,
                   office_code
            FROM vehicle WHERE vin = :vin""")
        .param("vin", vin)
        .query((rs, i) -> new NewVehicle(rs.getString("vin"), rs.getString("plate_number"),
            rs.getString("vehicle_kind"), rs.getString("owner_kind"), rs.getString("owner_id_number"),
            rs.getString("conformity_cert_number"), rs.getString("office_code")))
        .optional();
  }

  record NewVehicle(String vin, String plateNumber, String vehicleKind, String ownerKind, String ownerIdNumber,
      String certificateNumber, String officeCode) {

    boolean registered() {
      return plateNumber != null;
    }
  }
}
