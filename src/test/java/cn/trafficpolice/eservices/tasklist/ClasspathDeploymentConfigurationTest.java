package cn.trafficpolice.eservices.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

/** Deployed resources keep their classpath path, so embedded:deployment: form keys resolve. */
class ClasspathDeploymentConfigurationTest {

  @Test
  void aResourceInsideTheApplicationJarIsNamedByItsClasspathPath() throws Exception {
    UrlResource form = new UrlResource("jar:file:/opt/app/eservices.jar!/BOOT-INF/classes!/forms/review-filing.html");
    assertThat(ClasspathDeploymentConfiguration.pathInClasspath(form, List.of()))
        .isEqualTo("forms/review-filing.html");
  }

  @Test
  void aResourceInAClassesDirectoryIsNamedRelativeToThatDirectory() throws Exception {
    UrlResource diagram = new UrlResource("file:/work/app/target/classes/NonOwnedVehicleFiling.bpmn");
    UrlResource form = new UrlResource("file:/work/app/target/classes/forms/review-filing.html");
    List<String> roots = List.of("file:/work/app/target/test-classes/", "file:/work/app/target/classes/");

    assertThat(ClasspathDeploymentConfiguration.pathInClasspath(diagram, roots))
        .isEqualTo("NonOwnedVehicleFiling.bpmn");
    assertThat(ClasspathDeploymentConfiguration.pathInClasspath(form, roots)).isEqualTo("forms/review-filing.html");
  }
}
