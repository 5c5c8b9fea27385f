package cn.trafficpolice.eservices.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One naming convention across all diagrams (issue 15): a message is named as its id, {@code Message_<What>}, and
 * every bean a diagram calls is {@code <business><Action>}, the business being the process's own prefix.
 */
class NamingConventionTest {

  /** The bean prefix of each process; a new diagram must add its business here. */
  private static final Map<String, String> BUSINESS = Map.of(
      "LicenceLossReplacement", "licenceLoss",
      "ElectronicLicenceApplication", "electronicLicence",
      "PlatePreselection", "platePreselection",
      "PlateSelectionAppeal", "plateAppeal",
      "NonOwnedVehicleFiling", "vehicleFiling",
      "IdCardReissue", "idCard");

  private static final Pattern MESSAGE = Pattern.compile("Message_[A-Z][A-Za-z]+");
  private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{([^}]*)}\"");

  static List<Path> diagrams() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void messagesAreNamedAsTheirIds(Path file) {
    for (Message message : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Message.class)) {
      assertThat(message.getId()).as("message id in %s", file).matches(MESSAGE);
      assertThat(message.getName()).as("name of %s", message.getId()).isEqualTo(message.getId());
    }
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void beansAreNamedBusinessThenAction(Path file) throws IOException {
    String process = file.getFileName().toString().replace(".bpmn", "");
    assertThat(BUSINESS).as("business prefix of %s", process).containsKey(process);
    Pattern bean = Pattern.compile(BUSINESS.get(process) + "[A-Z][A-Za-z]+");
    Matcher delegates = DELEGATE.matcher(Files.readString(file));
    while (delegates.find()) {
      assertThat(delegates.group(1)).as("bean in %s", file).matches(bean);
    }
  }

  @Test
  void noTwoDiagramsShareAMessageName() throws IOException { // the engine correlates messages by name alone
    Map<String, Path> owners = new HashMap<>();
    for (Path file : diagrams()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Message message : model.getModelElementsByType(Message.class)) {
        Path other = owners.putIfAbsent(message.getName(), file);
        assertThat(other).as("%s also in %s", message.getName(), other).isNull();
      }
    }
    assertThat(owners).isNotEmpty();
  }
}
