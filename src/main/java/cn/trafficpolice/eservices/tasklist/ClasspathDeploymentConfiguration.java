package cn.trafficpolice.eservices.tasklist;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys what {@code camunda.bpm.deployment-resource-pattern} finds under its path in the classpath (e.g.
 * {@code forms/review-filing.html}), so that a form key {@code embedded:deployment:forms/review-filing.html}
 * resolves. Left alone, the engine names a resource by its absolute file path when running from a directory and
 * by its bare file name inside a jar, and Tasklist finds no form either way.
 */
@Component
class ClasspathDeploymentConfiguration extends DefaultDeploymentConfiguration {

  private static final String JAR_SEPARATOR = "!/";

  @Override
  public Set<Resource> getDeploymentResources() {
    List<String> roots = classpathDirectories();
    return super.getDeploymentResources().stream()
        .map(resource -> (Resource) new ClasspathNamedResource(resource, pathInClasspath(resource, roots)))
        .collect(Collectors.toSet());
  }

  static String pathInClasspath(Resource resource, List<String> classpathDirectories) {
    try {
      String url = resource.getURL().toString();
      int inJar = url.lastIndexOf(JAR_SEPARATOR);
      if (inJar >= 0) {
        return url.substring(inJar + JAR_SEPARATOR.length());
      }
      return classpathDirectories.stream().filter(url::startsWith).findFirst()
          .map(root -> url.substring(root.length()))
          .orElse(resource.getFilename());
    } catch (IOException e) {
      return resource.getFilename();
    }
  }

  private List<String> classpathDirectories() {
    try {
      return Collections.list(getClass().getClassLoader().getResources("")).stream().map(URL::toString)
          .map(root -> root.endsWith("/") ? root : root + "/").toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The engine names a {@link ContextResource} by its path within the context: here, the classpath. */
  private static final class ClasspathNamedResource extends AbstractResource implements ContextResource {

    private final Resource resource;
    private final String path;

    ClasspathNamedResource(Resource resource, String path) {
      this.resource = resource;
      this.path = path;
    }

    @Override
    public String getPathWithinContext() {
      return path;
    }

    @Override
    public String getFilename() {
      return resource.getFilename();
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return resource.getInputStream();
    }

    @Override
    public String getDescription() {
      return "classpath resource [" + path + "]";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ClasspathNamedResource named && named.path.equals(path);
    }

    @Override
    public int hashCode() {
      return path.hashCode();
    }
  }
}
