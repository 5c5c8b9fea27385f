package cn.trafficpolice.eservices.filing;

import cn.trafficpolice.eservices.filing.FilingReviewData.ReviewView;
import cn.trafficpolice.eservices.photo.StoredPhoto;
import cn.trafficpolice.eservices.registry.RetainedPhoto;
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

/** The data of the Tasklist form {@code forms/review-filing.html}, for the reviewer of that task only. */
@RestController
@RequestMapping("/review-api/vehicle-filings/tasks/{taskId}")
class FilingReviewController {

  private final ReviewerAccess access;
  private final FilingReviewData reviewData;

  FilingReviewController(ReviewerAccess access, FilingReviewData reviewData) {
    this.access = access;
    this.reviewData = reviewData;
  }

  @GetMapping
  ReviewView filing(HttpServletRequest request, @PathVariable String taskId) {
    return reviewData.view(serialOfOpenTask(request, taskId));
  }

  @GetMapping("/photo")
  ResponseEntity<byte[]> photo(HttpServletRequest request, @PathVariable String taskId) {
    StoredPhoto photo = reviewData.photo(serialOfOpenTask(request, taskId));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore()).body(photo.content());
  }

  @GetMapping("/registry-portrait")
  ResponseEntity<byte[]> registryPortrait(HttpServletRequest request, @PathVariable String taskId) {
    RetainedPhoto photo = reviewData.registryPortrait(serialOfOpenTask(request, taskId));
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.mediaType()))
        .cacheControl(CacheControl.noStore()).body(photo.content());
  }

  private String serialOfOpenTask(HttpServletRequest request, String taskId) {
    Task task = access.openTask(access.current(request), taskId, VehicleFilingProcess.KEY);
    return access.serialOf(task);
  }
}
