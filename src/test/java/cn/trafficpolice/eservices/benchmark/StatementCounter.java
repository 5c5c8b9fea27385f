package cn.trafficpolice.eservices.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, engine and app alike: wraps the one {@link DataSource} so that
 * every statement execution (each row of a JDBC batch too) adds one. A JDBC proxy of our own: no dependency.
 */
final class StatementCounter implements BeanPostProcessor {

  private static final AtomicLong EXECUTED = new AtomicLong();

  static long executed() {
    return EXECUTED.get();
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, StatementCounter::wrapConnection);
    }
    return bean;
  }

  private static Object wrapConnection(Method method, Object result) {
    return result instanceof Connection c ? proxy(Connection.class, c, StatementCounter::wrapStatement) : result;
  }

  private static Object wrapStatement(Method method, Object result) {
    if (result instanceof java.sql.CallableStatement s) {
      return proxy(java.sql.CallableStatement.class, s, StatementCounter::count);
    }
    if (result instanceof java.sql.PreparedStatement s) {
      return proxy(java.sql.PreparedStatement.class, s, StatementCounter::count);
    }
    return result instanceof Statement s ? proxy(Statement.class, s, StatementCounter::count) : result;
  }

  private static Object count(Method method, Object result) {
    String name = method.getName();
    if (name.equals("executeBatch") && result instanceof int[] rows) {
      EXECUTED.addAndGet(rows.length);
    } else if (name.startsWith("execute") && !name.equals("executeBatch")) {
      EXECUTED.incrementAndGet();
    }
    return result;
  }

  private interface AfterCall {
    Object apply(Method method, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (p, method, args) -> {
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return invoke(method, target, args);
      }
      return after.apply(method, invoke(method, target, args));
    };
    return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
        handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
