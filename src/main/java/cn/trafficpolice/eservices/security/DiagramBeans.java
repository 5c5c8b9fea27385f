package cn.trafficpolice.eservices.security;

import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Defence in depth for CVE-2026-109432: the engine's expressions resolve only the beans the diagrams need
 * (delegates, listeners and {@link ExposedToDiagrams} beans), never {@code environment} or any other bean of the
 * context. By default Spring's expression manager exposes the whole application context.
 *
 * <p>The starter's {@code ProcessEngineFactoryBean} builds its {@link SpringExpressionManager} before the plugins
 * run, from beans that are still unset; so this plugin installs its own, with the restricted map.
 */
@Component
class DiagramBeans extends AbstractProcessEnginePlugin {

  static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, ExecutionListener.class,
      TaskListener.class);

  private final ApplicationContext context;

  DiagramBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new Visible(context);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  /** The names an expression may resolve, read from the bean definitions without creating any bean. */
  static Set<String> names(ListableBeanFactory factory) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> type : DELEGATE_TYPES) {
      names.addAll(List.of(factory.getBeanNamesForType(type, true, false)));
    }
    names.addAll(List.of(factory.getBeanNamesForAnnotation(ExposedToDiagrams.class)));
    return names;
  }

  /**
   * Looked up when an expression is evaluated, long after the engine is built: delegates depend on services
   * that depend on the engine, so they cannot be collected when it is configured.
   */
  private static final class Visible extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private volatile Set<String> names;

    Visible(ApplicationContext context) {
      this.context = context;
    }

    private Set<String> names() {
      if (names == null) {
        names = DiagramBeans.names(context);
      }
      return names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names().contains(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      return names().stream()
          .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, context.getBean(name)))
          .collect(Collectors.toUnmodifiableSet());
    }
  }
}
