package cn.trafficpolice.eservices.plate;

import cn.trafficpolice.eservices.plate.PlateSimulation.Simulated;
import cn.trafficpolice.eservices.validation.PlateKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** PP-8: 模拟选号. Authenticated like every citizen endpoint; stateless, nothing saved. */
@RestController
@RequestMapping("/api/v1/plate-preselections/simulation")
@Tag(name = "模拟选号", description = "与正式选号流程相同，不校验基础信息，不保存任何信息，所选号牌号码无效")
class PlateSimulationController {

  private final PlateSimulation simulation;

  PlateSimulationController(PlateSimulation simulation) {
    this.simulation = simulation;
  }

  @PostMapping
  @Operation(summary = "开始模拟选号：车管所与号牌种类（车辆信息不校验）")
  Simulated start(@Valid @RequestBody Start request) {
    return simulation.start(request.officeCode(), request.plateKind());
  }

  @PostMapping("/self-composed-checks")
  @Operation(summary = "模拟自编选号")
  Simulated composeOwn(@Valid @RequestBody Check request) {
    return simulation.composeOwn(request.state().toSimulated(), request.plates());
  }

  @PostMapping("/random-batches")
  @Operation(summary = "模拟随机选号：换一批")
  Simulated anotherBatch(@Valid @RequestBody State request) {
    return simulation.anotherBatch(request.toSimulated());
  }

  record Start(@NotBlank @Size(max = 12) String officeCode, @NotNull PlateKind plateKind) {
  }

  record State(@NotBlank @Size(max = 12) String officeCode, @NotNull PlateKind plateKind,
      @Min(0) int selfComposedLeft, @Min(0) int randomBatchesLeft) {
    Simulated toSimulated() {
      return new Simulated(officeCode, plateKind, selfComposedLeft, randomBatchesLeft, List.of(), null);
    }
  }

  record Check(@NotNull @Valid State state, @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 12) String> plates) {
  }
}
