package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.processes.ElementTemplates.Template;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An element template an analyst applies calls a bean the application really has (issue 16). */
@RestIntegrationTest
class ElementTemplateBeansIT {

  @Autowired
  ApplicationContext context;

  @Test
  void everyTemplateCallsADelegateOfTheApplication() {
    for (Template template : ElementTemplates.all()) {
      for (String bean : template.beans()) {
        assertThat(context.containsBean(bean)).as("bean %s of template %s", bean, template.key()).isTrue();
        assertThat(context.getBean(bean)).as(bean).isInstanceOf(JavaDelegate.class);
      }
    }
  }

  @Test
  void theTaskListenersNoTemplateCanHoldAreBeansOfTheApplication() {
    for (String bean : ElementTemplatesTest.TASK_LISTENER_BEANS) {
      assertThat(context.containsBean(bean)).as("task listener bean %s", bean).isTrue();
      assertThat(context.getBean(bean)).as(bean).isInstanceOf(TaskListener.class);
    }
  }
}
