package cn.trafficpolice.eservices.processes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The Camunda Modeler element templates under {@code processes/.camunda/element-templates/}, as analysts get them. */
final class ElementTemplates {

  static final Path FOLDER = Path.of("processes", ".camunda", "element-templates");
  static final String DELEGATE_EXPRESSION = "camunda:delegateExpression";
  static final String ASYNC_BEFORE = "camunda:asyncBefore";
  static final String CITIZEN_STEP = "citizenStep";

  private static final Pattern BEAN = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)}");

  private ElementTemplates() {
  }

  /** One template; {@code file} is where it is defined, for messages. */
  record Template(String file, String id, int version, String name, List<String> appliesTo, JsonNode properties) {

    /** The value the template sets for a binding ({@code property camunda:asyncBefore}, …), if it binds it. */
    Optional<String> value(String bindingType, String name) {
      for (JsonNode property : properties) {
        JsonNode binding = property.path("binding");
        if (bindingType.equals(binding.path("type").asText()) && name.equals(binding.path("name").asText())) {
          return Optional.of(property.path("value").asText(""));
        }
      }
      return Optional.empty();
    }

    /** The beans the template calls: its delegate expression and its execution listeners. */
    List<String> beans() {
      List<String> beans = new ArrayList<>();
      value("property", DELEGATE_EXPRESSION).map(ElementTemplates::bean).ifPresent(beans::add);
      for (JsonNode property : properties) {
        JsonNode binding = property.path("binding");
        if ("camunda:executionListener".equals(binding.path("type").asText())
            && "delegateExpression".equals(binding.path("implementationType").asText())) {
          beans.add(bean(property.path("value").asText()));
        }
      }
      return beans;
    }

    String key() {
      return id + "@" + version;
    }
  }

  static List<Template> all() {
    ObjectMapper json = new ObjectMapper();
    List<Template> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(FOLDER)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = json.readTree(file.toFile());
        for (JsonNode node : root.isArray() ? root : json.createArrayNode().add(root)) {
          List<String> appliesTo = new ArrayList<>();
          node.path("appliesTo").forEach(type -> appliesTo.add(type.asText()));
          templates.add(new Template(file.getFileName().toString(), node.path("id").asText(),
              node.path("version").asInt(), node.path("name").asText(), appliesTo, node.path("properties")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return templates;
  }

  /** The bean an expression such as {@code ${licenceLossPostLicence}} names; the expression itself if it names none. */
  static String bean(String expression) {
    Matcher matcher = BEAN.matcher(expression == null ? "" : expression.trim());
    return matcher.matches() ? matcher.group(1) : expression;
  }
}
