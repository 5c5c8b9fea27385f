package cn.trafficpolice.eservices.application;

import cn.trafficpolice.eservices.error.BusinessException;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Delivers a message to the instance of an application (its serial number is the business key). A message the
 * instance no longer waits for — already answered, or its wait ended by a deadline, even in the moment the message
 * is delivered — is refused with the caller's conflict (409), so that the caller's transaction leaves nothing.
 */
@Component
public class ApplicationMessages {

  private final RuntimeService runtime;

  ApplicationMessages(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void deliver(String message, String serial, Map<String, Object> variables,
      Supplier<BusinessException> notWaiting) {
    try {
      runtime.createMessageCorrelation(message).processInstanceBusinessKey(serial).setVariables(variables)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException notExpected) {
      throw notWaiting.get();
    } catch (ProcessEngineException raced) {
      // the wait ended (e.g. its deadline fired) between finding the waiting instance and delivering to it
      if (stillWaiting(message, serial)) {
        throw raced;
      }
      throw notWaiting.get();
    }
  }

  private boolean stillWaiting(String message, String serial) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(serial).messageEventSubscriptionName(message)
        .count() > 0;
  }
}
