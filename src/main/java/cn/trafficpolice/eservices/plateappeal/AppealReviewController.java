package cn.trafficpolice.eservices.plateappeal;

import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data of the Tasklist form {@code forms/review-plate-appeal.html}, for the reviewer of that task only. */
@RestController
@RequestMapping("/review-api/plate-appeals/tasks/{taskId}")
class AppealReviewController {

  private final ReviewerAccess access;
  private final AppealReviewData reviewData;

  AppealReviewController(ReviewerAccess access, AppealReviewData reviewData) {
    this.access = access;
    this.reviewData = reviewData;
  }

  @GetMapping
  AppealReviewData.ReviewView appeal(HttpServletRequest request, @PathVariable String taskId) {
    return reviewData.view(serialOfOpenTask(request, taskId));
  }

  @GetMapping("/identity-proof")
  ResponseEntity<byte[]> identityProof(HttpServletRequest request, @PathVariable String taskId) {
    return image(reviewData.identityProof(serialOfOpenTask(request, taskId)));
  }

  @GetMapping("/invoice")
  ResponseEntity<byte[]> invoice(HttpServletRequest request, @PathVariable String taskId) {
    return image(reviewData.invoice(serialOfOpenTask(request, taskId)));
  }

  private static ResponseEntity<byte[]> image(StoredPhoto photo) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore()).body(photo.content());
  }

  private String serialOfOpenTask(HttpServletRequest request, String taskId) {
    Task task = access.openTask(access.current(request), taskId, PlateSelectionAppealProcess.KEY);
    return access.serialOf(task);
  }
}
