package cn.trafficpolice.eservices.plate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "预选机动车号牌")
class PlateOfficeController {

  private final VehicleOffices offices;
  private final PlateProperties properties;

  PlateOfficeController(VehicleOffices offices, PlateProperties properties) {
    this.offices = offices;
    this.properties = properties;
  }

  @GetMapping("/api/v1/plate-preselections/offices")
  @Operation(summary = "可预选号牌的车辆管理所（省、市）及其选号规则和服务时间（PP-10）")
  List<OfficeView> offices() {
    return offices.all().stream().map(o -> {
      PlateProperties.OfficeRules r = properties.rulesOf(o.code());
      return new OfficeView(o.code(), o.name(), o.province(), o.city(), o.platePrefix(), r.serviceHours().toString(),
          r.selfComposedCount(), r.proposalsPerCheck(), r.randomBatches(), r.batchSize(),
          r.holdTime().toMinutes(), r.validityWorkingDays());
    }).toList();
  }

  record OfficeView(String code, String name, String province, String city, String platePrefix,
      String serviceHours, int selfComposedCount, int proposalsPerCheck, int randomBatches, int batchSize,
      long holdMinutes, int validityWorkingDays) {
  }
}
