package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.tasklist.Reviewer;
import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data of the Tasklist forms {@code forms/handover-licence.html} and {@code forms/chase-parcel.html}, for a clerk of
 * the task's group.
 */
@RestController
@Hidden
class HandoverReviewController {

  private final ReviewerAccess access;
  private final LicenceLossFulfilment fulfilment;

  HandoverReviewController(ReviewerAccess access, LicenceLossFulfilment fulfilment) {
    this.access = access;
    this.fulfilment = fulfilment;
  }

  @GetMapping("/review-api/licence-loss/tasks/{taskId}")
  HandoverView handover(HttpServletRequest request, @PathVariable String taskId) {
    Reviewer clerk = access.current(request);
    Task task = access.openTask(clerk, taskId, LicenceLossProcess.KEY);
    return fulfilment.handover(access.serialOf(task));
  }

  @GetMapping("/review-api/licence-loss/tasks/{taskId}/parcel")
  ParcelChaseView parcel(HttpServletRequest request, @PathVariable String taskId) {
    Task task = access.openTask(access.current(request), taskId, LicenceLossProcess.KEY);
    return fulfilment.parcelChase(access.serialOf(task));
  }
}
