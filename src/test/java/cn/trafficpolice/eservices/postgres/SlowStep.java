package cn.trafficpolice.eservices.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A job that runs as long as the graceful-shutdown test wants: it tells the test it started (creates the file named
 * by {@value #VAR_STARTED_FILE}), works until the test creates the file named by {@value #VAR_RELEASE_FILE}, and
 * records that it finished; released too late ({@value #VAR_MAX_MILLIS}) it fails. Not a bean: the test's process
 * names it by class ({@code camunda:class}), so no application context of the tests sees it.
 */
public class SlowStep implements JavaDelegate {

  static final String VAR_STARTED_FILE = "startedFile";
  static final String VAR_RELEASE_FILE = "releaseFile";
  static final String VAR_MAX_MILLIS = "maxMillis";
  static final String VAR_FINISHED = "slowStepFinished";
  private static final long POLL_MILLIS = 100;

  @Override
  public void execute(DelegateExecution execution) throws Exception {
    Files.writeString(Path.of((String) execution.getVariable(VAR_STARTED_FILE)), execution.getId());
    Path release = Path.of((String) execution.getVariable(VAR_RELEASE_FILE));
    long deadline = System.currentTimeMillis() + ((Number) execution.getVariable(VAR_MAX_MILLIS)).longValue();
    while (!Files.exists(release)) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("the test did not release the slow step in time");
      }
      Thread.sleep(POLL_MILLIS);
    }
    execution.setVariable(VAR_FINISHED, true);
  }
}
