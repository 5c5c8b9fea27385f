package cn.trafficpolice.eservices.elicence;

import cn.trafficpolice.eservices.elicence.ElectronicLicenceReviewData.ReviewView;
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

/** The data of the Tasklist form {@code forms/review-licence-photo.html}, for the reviewer of that task only. */
@RestController
@RequestMapping("/review-api/e-licence/tasks/{taskId}")
class ElectronicLicenceReviewController {

  private final ReviewerAccess access;
  private final ElectronicLicenceReviewData reviewData;

  ElectronicLicenceReviewController(ReviewerAccess access, ElectronicLicenceReviewData reviewData) {
    this.access = access;
    this.reviewData = reviewData;
  }

  @GetMapping
  ReviewView application(HttpServletRequest request, @PathVariable String taskId) {
    return reviewData.view(serialOfOpenTask(request, taskId));
  }

  @GetMapping("/photo")
  ResponseEntity<byte[]> photo(HttpServletRequest request, @PathVariable String taskId) {
    StoredPhoto photo = reviewData.photo(serialOfOpenTask(request, taskId));
    return image(photo.mediaType(), photo.content());
  }

  @GetMapping("/retained-photo")
  ResponseEntity<byte[]> retainedPhoto(HttpServletRequest request, @PathVariable String taskId) {
    RetainedPhoto photo = reviewData.retainedPhoto(serialOfOpenTask(request, taskId));
    return image(photo.mediaType(), photo.content());
  }

  private String serialOfOpenTask(HttpServletRequest request, String taskId) {
    Task task = access.openTask(access.current(request), taskId, ElectronicLicenceProcess.KEY);
    return access.serialOf(task);
  }

  private static ResponseEntity<byte[]> image(String mediaType, byte[] content) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(mediaType)).cacheControl(CacheControl.noStore())
        .body(content);
  }
}
