package cn.trafficpolice.eservices.performance;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Records the text of every SQL statement the application sends while {@link #record} runs, engine and app alike:
 * wraps the one {@link DataSource} so that each execution, and each row of a JDBC batch, is one entry (as the
 * benchmark's {@code StatementCounter} counts them). Statements on other threads count too: the job executor is off
 * in tests, so nothing else runs meanwhile.
 */
final class StatementLog implements BeanPostProcessor {

  private static final List<String> RECORDED = Collections.synchronizedList(new ArrayList<>());
  private static volatile boolean recording;

  /** Runs the operation and answers the statements it sent, in order. */
  static List<String> record(Callable<?> operation) throws Exception {
    RECORDED.clear();
    recording = true;
    try {
      operation.call();
    } finally {
      recording = false;
    }
    synchronized (RECORDED) {
      return List.copyOf(RECORDED);
    }
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
      return proxy(DataSource.class, dataSource, (method, args, result) ->
          result instanceof Connection c ? connection(c) : result);
    }
    return bean;
  }

  private static Connection connection(Connection target) {
    return proxy(Connection.class, target, (method, args, result) -> {
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
      if (result instanceof CallableStatement s) {
        return proxy(CallableStatement.class, s, prepared(sql));
      }
      if (result instanceof PreparedStatement s) {
        return proxy(PreparedStatement.class, s, prepared(sql));
      }
      return result instanceof Statement s ? proxy(Statement.class, s, StatementLog::plain) : result;
    });
  }

  /** A prepared statement: its text is known from the start; every execution and every batch row is one entry. */
  private static AfterCall prepared(String sql) {
    return (method, args, result) -> {
      String name = method.getName();
      if ((name.equals("addBatch") && (args == null || args.length == 0))
          || (name.startsWith("execute") && !name.equals("executeBatch") && (args == null || args.length == 0))) {
        add(sql);
      } else {
        plain(method, args, result);
      }
      return result;
    };
  }

  /** A plain statement: the text comes with each call. */
  private static Object plain(Method method, Object[] args, Object result) {
    String name = method.getName();
    if ((name.startsWith("execute") || name.equals("addBatch")) && !name.equals("executeBatch")
        && args != null && args.length > 0 && args[0] instanceof String sql) {
      add(sql);
    }
    return result;
  }

  private static void add(String sql) {
    if (recording) {
      RECORDED.add(sql == null ? "?" : sql.replaceAll("\\s+", " ").trim());
    }
  }

  private interface AfterCall {
    Object apply(Method method, Object[] args, Object result);
  }

  private static <T> T proxy(Class<T> type, T target, AfterCall after) {
    InvocationHandler handler = (p, method, args) -> {
      Object result = invoke(method, target, args);
      if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
        return result;
      }
      return after.apply(method, args, result);
    };
    return type.cast(Proxy.newProxyInstance(StatementLog.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
