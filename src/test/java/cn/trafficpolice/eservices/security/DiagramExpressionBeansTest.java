package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Defence in depth for CVE-2026-109432: an expression the engine evaluates resolves the beans the diagrams name
 * and nothing else of the application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ExpressionProbe.class)
class DiagramExpressionBeansTest {

  private static final Pattern IDENTIFIER = Pattern.compile("[$#]\\{\\s*!?([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([A-Za-z0-9_]+)}\"");

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;

  @Test
  void everyBeanTheDiagramsNameResolves() throws IOException {
    Set<String> named = new TreeSet<>();
    Set<String> delegates = new TreeSet<>();
    try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(diagram);
        collect(IDENTIFIER.matcher(xml), named);
        collect(DELEGATE.matcher(xml), delegates);
      }
    }
    // every delegate expression names a bean; other identifiers are a bean (workingDays) or a process variable
    Set<String> beans = new TreeSet<>(delegates);
    named.stream().filter(context::containsBean).forEach(beans::add);
    assertThat(beans).contains("workingDays").hasSizeGreaterThan(20);
    for (String bean : beans) {
      assertThatCode(() -> evaluate("${" + bean + " != null ? 'x' : 'y'}")).as(bean).doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"${environment.getProperty('eservices.security.secret')}",
      "${applicationContext.getId()}", "${dataSource.getConnection()}", "${processEngine.getName()}"})
  void theRestOfTheContextDoesNotResolve(String expression) {
    assertThatThrownBy(() -> evaluate(expression)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Unable to resolve expression");
  }

  /** As a stored filter, whose query the engine evaluates. */
  private void evaluate(String expression) {
    FilterService filters = engine.getFilterService();
    Filter filter = filters.saveFilter(filters.newTaskFilter("expression")
        .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression(expression)));
    try {
      filters.count(filter.getId());
    } finally {
      filters.deleteFilter(filter.getId());
    }
  }

  private static void collect(Matcher matcher, Set<String> into) {
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }
}
