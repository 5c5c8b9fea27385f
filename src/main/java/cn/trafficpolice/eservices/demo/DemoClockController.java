package cn.trafficpolice.eservices.demo;

import cn.trafficpolice.eservices.error.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo only: moves the one clock of the application (engine timers, SMS expiry, deadlines) so that a person can
 * watch "next working day" or "one month later" happen. The job executor then fires the timers that became due.
 * Time only moves forward, as it would: a time in the past is refused (409 {@code CLOCK_BACKWARDS}).
 */
@RestController
@Profile("demo")
@Tag(name = "演示：时间")
class DemoClockController {

  private static final Logger log = LoggerFactory.getLogger(DemoClockController.class);

  /** The requested time lies before the demo clock's current time. */
  static final String CLOCK_BACKWARDS = "CLOCK_BACKWARDS";

  private final Clock clock;

  DemoClockController(Clock clock) {
    this.clock = clock;
  }

  @GetMapping("/api/v1/demo/clock")
  @Operation(summary = "演示环境：当前（可能已被调快的）系统时间")
  Now now() {
    return new Now(ZonedDateTime.now(clock).toLocalDateTime());
  }

  @PostMapping("/api/v1/demo/clock")
  @Operation(summary = "演示环境：把系统时间调到某一时刻（中国时间，只能向后），到期的定时器随即触发")
  Now travel(@Valid @RequestBody Travel request) {
    Date target = Date.from(request.to().atZone(clock.getZone()).toInstant());
    if (target.before(ClockUtil.getCurrentTime())) {
      // Timers already fired and deadlines already passed cannot be undone: going back would only confuse.
      throw BusinessException.conflict(CLOCK_BACKWARDS,
          "演示时间只能向后调整，当前已是 " + now().chinaTime().withNano(0));
    }
    ClockUtil.offset(target.getTime() - new Date().getTime());
    log.info("Demo clock moved to {}", request.to());
    return now();
  }

  record Travel(@NotNull LocalDateTime to) {
  }

  record Now(LocalDateTime chinaTime) {
  }
}
