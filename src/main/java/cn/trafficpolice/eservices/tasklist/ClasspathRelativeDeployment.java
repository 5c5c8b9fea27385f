package cn.trafficpolice.eservices.tasklist;

import java.io.IOException;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultDeploymentConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.ContextResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Deploys what {@code camunda.bpm.deployment-resource-pattern} finds under its classpath-relative name (e.g.
 * {@code forms/handover-licence.html}) instead of the absolute file path the starter would use. Form keys like
 * {@code embedded:deployment:forms/handover-licence.html} resolve by that name, and every node of a cluster,
 * wherever it is installed, deploys the same names, so duplicate filtering recognises an unchanged deployment.
 */
@Component
class ClasspathRelativeDeployment extends DefaultDeploymentConfiguration {

  @Override
  public Set<Resource> getDeploymentResources() {
    ClassLoader loader = ClassUtils.getDefaultClassLoader();
    return super.getDeploymentResources().stream().map(r -> relative(r, loader)).collect(Collectors.toSet());
  }

  /** The shortest path under which the class loader finds this very resource; the resource itself otherwise. */
  static Resource relative(Resource resource, ClassLoader loader) {
    try {
      String url = resource.getURL().toString();
      String[] segments = url.split("/");
      String candidate = "";
      for (int i = segments.length - 1; i > 0; i--) {
        candidate = candidate.isEmpty() ? segments[i] : segments[i] + "/" + candidate;
        URL found = loader.getResource(candidate);
        if (found != null && found.toString().equals(url)) {
          return new RelativeResource(candidate, loader);
        }
      }
    } catch (IOException unreadable) {
      return resource;
    }
    return resource;
  }

  /** The engine names a deployed {@link ContextResource} by its path within the context. */
  static final class RelativeResource extends ClassPathResource implements ContextResource {

    RelativeResource(String path, ClassLoader loader) {
      super(path, loader);
    }

    @Override
    public String getPathWithinContext() {
      return getPath();
    }
  }
}
