package cn.trafficpolice.eservices.application;

import cn.trafficpolice.eservices.security.CurrentCitizen;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "网办进度", description = "我的业务：状态、办理环节、结果与原因")
class ApplicationController {

  private final ApplicationService applications;
  private final ApplicationStepStore steps;

  ApplicationController(ApplicationService applications, ApplicationStepStore steps) {
    this.applications = applications;
    this.steps = steps;
  }

  @GetMapping
  @Operation(summary = "我的业务（最新在前）")
  List<Summary> mine(CurrentCitizen me) {
    return applications.ofCitizen(me.id()).stream().map(Summary::of).toList();
  }

  @GetMapping("/{serialNumber}")
  @Operation(summary = "业务进度：每个办理环节及其时间")
  Detail one(CurrentCitizen me, @PathVariable String serialNumber) {
    Application a = applications.getOwn(me.id(), serialNumber);
    return new Detail(Summary.of(a), steps.of(serialNumber));
  }

  record Summary(String serialNumber, Business business, String businessName, ApplicationStatus status,
      String statusName, String result, String reason, OffsetDateTime submittedAt, OffsetDateTime updatedAt) {
    static Summary of(Application a) {
      return new Summary(a.serialNumber(), a.business(), a.business().label(), a.status(), a.status().label(),
          a.result(), a.reason(), a.submittedAt(), a.updatedAt());
    }
  }

  record Detail(Summary application, List<ProgressStep> steps) {
  }
}
