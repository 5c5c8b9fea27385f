package cn.trafficpolice.eservices.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The in-app stand-in for the vehicle registry, over table {@code vehicle}. */
@Repository
class JdbcVehicleRegistry implements VehicleRegistry {

  private static final RowMapper<RegisteredVehicle> VEHICLE = (rs, i) -> new RegisteredVehicle(
      rs.getString("vin"), rs.getString("plate_type"), rs.getString("plate_number"), rs.getString("vehicle_kind"),
      rs.getString("use_character"), OwnerKind.valueOf(rs.getString("owner_kind")),
      rs.getString("owner_id_number"), rs.getString("owner_name"), rs.getString("owner_phone"),
      rs.getString("engine_number"), rs.getString("brand_model"), rs.getString("office_code"));

  private final JdbcClient jdbc;

  JdbcVehicleRegistry(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<RegisteredVehicle> byVin(String vin) {
    return jdbc.sql("SELECT * FROM vehicle WHERE vin = :vin").param("vin", vin).query(VEHICLE).optional();
  }

  @Override
  public Optional<RegisteredVehicle> byPlate(String plateType, String plateNumber) {
    return jdbc.sql("SELECT * FROM vehicle WHERE plate_type = :type AND plate_number = :number")
        .param("type", plateType).param("number", plateNumber).query(VEHICLE).optional();
  }

  @Override
  public List<RegisteredVehicle> registeredTo(String ownerIdNumber) {
    return jdbc.sql("""
            SELECT * FROM vehicle WHERE owner_id_number = :owner AND plate_number IS NOT NULL
            ORDER BY registered_on, vin""")
        .param("owner", ownerIdNumber).query(VEHICLE).list();
  }
}
