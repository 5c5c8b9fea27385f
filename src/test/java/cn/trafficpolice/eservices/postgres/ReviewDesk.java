package cn.trafficpolice.eservices.postgres;

import cn.trafficpolice.eservices.filing.VehicleFilingProcess;
import cn.trafficpolice.eservices.idcard.IdCardReissueProcess;
import cn.trafficpolice.eservices.tasklist.ReviewGroups;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reviewers of the load: for each queue one reviewer on each node, working the same queue at once, so that
 * they race for its tasks as two people in front of Tasklist would. Each takes the oldest task, claims it and
 * approves it; a claim lost to the other reviewer just moves on.
 */
final class ReviewDesk {

  /** The queues worked during the load: filing photos (NF-3) and ID cards produced (ID-2). */
  static final List<Queue> QUEUES = List.of(
      new Queue(ReviewGroups.FILING_REVIEWERS, "filing.reviewer", VehicleFilingProcess.TASK_REVIEW_FILING_PHOTO,
          VehicleFilingProcess.VAR_PHOTO_APPROVED),
      new Queue(ReviewGroups.ID_CARD_CLERKS, "idcard.clerk", IdCardReissueProcess.TASK_RECORD_CARD_PRODUCED,
          IdCardReissueProcess.VAR_CARD_PRODUCED));

  private final AtomicInteger completed = new AtomicInteger();
  private final AtomicInteger claimsLost = new AtomicInteger();

  /** The second reviewer of a queue: the demo has one per group. */
  static String colleagueOf(Queue queue) {
    return queue.demoReviewer() + "2";
  }

  /** Works the queue until told to stop or the reviewer's node is gone. */
  void work(TasklistReviewer reviewer, Queue queue, AtomicBoolean stop) {
    try {
      while (!stop.get()) {
        if (workOnce(reviewer, queue) == 0) {
          Thread.sleep(300);
        }
      }
    } catch (IllegalStateException nodeGone) {
      // the reviewer's node died: they carry on on the other node once they logged in there again
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** One look at the queue: every task this reviewer holds or can claim is approved. @return tasks completed */
  int workOnce(TasklistReviewer reviewer, Queue queue) {
    int done = 0;
    for (String task : reviewer.queue(queue.group(), queue.taskDefinitionKey())) {
      if (!reviewer.claim(task)) {
        claimsLost.incrementAndGet();
      } else if (reviewer.complete(task, queue.decisionVariable(), true)) {
        done++;
      }
    }
    completed.addAndGet(done);
    return done;
  }

  int completed() {
    return completed.get();
  }

  int claimsLost() {
    return claimsLost.get();
  }

  record Queue(String group, String demoReviewer, String taskDefinitionKey, String decisionVariable) {
  }
}
