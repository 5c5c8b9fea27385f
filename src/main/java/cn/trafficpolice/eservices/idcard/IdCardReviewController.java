package cn.trafficpolice.eservices.idcard;

import cn.trafficpolice.eservices.idcard.IdCardReviewData.ReviewView;
import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data of the ID card Tasklist forms ({@code forms/*.html}), for a clerk or head of that task only. */
@RestController
@RequestMapping("/review-api/id-card-reissues/tasks/{taskId}")
class IdCardReviewController {

  private final ReviewerAccess access;
  private final IdCardReviewData reviewData;

  IdCardReviewController(ReviewerAccess access, IdCardReviewData reviewData) {
    this.access = access;
    this.reviewData = reviewData;
  }

  @GetMapping
  ReviewView application(HttpServletRequest request, @PathVariable String taskId) {
    Task task = access.openTask(access.current(request), taskId, IdCardReissueProcess.KEY);
    return reviewData.view(access.serialOf(task));
  }
}
