package cn.trafficpolice.eservices.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The analysts' examples beside a decision table, {@code processes/<Decision>.examples.csv}, run against the table
 * by the DMN engine. UTF-8, one header row of column ids: a column named after an input of the table is that
 * input, a column named after an output holds the values every matching row must give (separated by spaces, in any
 * order; empty when no row matches); any other column is a note for people, or what a test computes an input from
 * (the plate's sequence). Inputs are typed as the table types them ({@code boolean}, {@code integer}, else text).
 */
public final class DecisionExamples {

  private final String decisionKey;
  private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final DmnDecision decision;
  private final Map<String, String> inputTypes = new LinkedHashMap<>();
  private final List<String> outputs;

  public DecisionExamples(String decisionKey) {
    this.decisionKey = decisionKey;
    DmnModelInstance model = Dmn.readModelFromStream(resource(decisionKey + ".dmn"));
    for (Input input : model.getModelElementsByType(Input.class)) {
      inputTypes.put(input.getInputExpression().getText().getTextContent().trim(),
          String.valueOf(input.getInputExpression().getTypeRef()));
    }
    outputs = model.getModelElementsByType(Output.class).stream().map(Output::getName).toList();
    decision = engine.parseDecision(decisionKey, model);
  }

  /** One argument per example row, named by its line and note, holding the row as column id → text. */
  public Stream<Arguments> rows() {
    List<String> lines = lines();
    String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
    return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
      String[] cells = line.split(",", header.length);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i].trim(), i < cells.length ? cells[i].trim() : "");
      }
      return Arguments.of(Named.of(line, row));
    });
  }

  /** Evaluates the row's inputs, prepared by {@code prepare} (e.g. computed from a column), and checks outputs. */
  public void check(Map<String, String> row, Function<Map<String, Object>, Map<String, Object>> prepare) {
    Map<String, Object> variables = new LinkedHashMap<>();
    row.forEach((column, text) -> variables.put(column, typed(column, text)));
    Map<String, Object> inputs = prepare.apply(variables);
    var result = engine.evaluateDecisionTable(decision, inputs);
    for (String output : outputs) {
      if (row.containsKey(output)) {
        List<String> expected = row.get(output).isEmpty() ? List.of()
            : Arrays.asList(row.get(output).split("\\s+"));
        assertThat(result.collectEntries(output)).as("%s of %s for %s", output, decisionKey, row)
            .map(String::valueOf).containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  public void check(Map<String, String> row) {
    check(row, Function.identity());
  }

  private Object typed(String column, String text) {
    String type = inputTypes.getOrDefault(column, "string");
    return switch (type) {
      case "boolean" -> Boolean.parseBoolean(text);
      case "integer" -> Integer.valueOf(text);
      default -> text;
    };
  }

  private List<String> lines() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(resource(decisionKey + ".examples.csv"),
        StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = DecisionExamples.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IllegalStateException(name + " not on the classpath (processes/)");
    }
    return in;
  }
}
