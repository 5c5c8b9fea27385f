package cn.trafficpolice.eservices.database;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/** The engine starts once Flyway has created or checked its tables (it no longer creates them itself). */
@Component
class EngineStartsAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

  EngineStartsAfterFlyway() {
    super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
  }
}
