package cn.trafficpolice.eservices.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Issue 14: on PostgreSQL the server plans every statement with its values. By default the driver turns a statement
 * run five times into a server-side prepared statement, and PostgreSQL may then settle on one generic plan for all
 * values: the review queue's plan that suits the group with 100,000 tasks (walk the due-date index) also serves the
 * group with 100, which then walks that whole index. The driver's {@code prepareThreshold=0} keeps to unnamed
 * statements, planned with their values each time (README "Performance"). Set on the pool here, so that no node's
 * URL can forget it; a URL that names {@code prepareThreshold} itself keeps its own value, as the driver lets the
 * URL win over the pool's properties.
 */
@Component
class PostgresStatementPlanning implements BeanPostProcessor {

  static final String PREPARE_THRESHOLD = "prepareThreshold";
  private static final String POSTGRES_URL = "jdbc:postgresql:";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
        && pool.getJdbcUrl().startsWith(POSTGRES_URL)
        && !pool.getDataSourceProperties().containsKey(PREPARE_THRESHOLD)) {
      pool.addDataSourceProperty(PREPARE_THRESHOLD, "0");
    }
    return bean;
  }
}
