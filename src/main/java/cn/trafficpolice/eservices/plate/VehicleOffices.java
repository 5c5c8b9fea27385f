package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vehicle offices where a plate can be pre-selected (PP-10), each with its own pool and rules. */
@Repository
class VehicleOffices {

  private static final RowMapper<Office> OFFICE = (rs, i) -> new Office(rs.getString("code"),
      rs.getString("name"), rs.getString("province"), rs.getString("city"), rs.getString("plate_prefix"));

  private final JdbcClient jdbc;

  VehicleOffices(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Office> all() {
    return jdbc.sql("SELECT * FROM vehicle_office ORDER BY province, code").query(OFFICE).list();
  }

  Office get(String code) {
    return find(code).orElseThrow(() -> BusinessException.notFound("未找到该车辆管理所"));
  }

  Optional<Office> find(String code) {
    return jdbc.sql("SELECT * FROM vehicle_office WHERE code = :code").param("code", code).query(OFFICE).optional();
  }

  record Office(String code, String name, String province, String city, String platePrefix) {
  }
}
