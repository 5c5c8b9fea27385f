package cn.trafficpolice.eservices.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/** The names of the {@link ProtectedVariable} constants of the process constants classes ({@code *Process}). */
final class ProtectedVariables {

  private static final String BASE_PACKAGE = "cn.trafficpolice.eservices";

  private ProtectedVariables() {
  }

  static Set<String> names() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
        // constants classes are final and not components, which the default would require
        return definition.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*Process")));
    Set<String> names = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(BASE_PACKAGE)) {
      Class<?> constants = ClassUtils.resolveClassName(candidate.getBeanClassName(),
          ProtectedVariables.class.getClassLoader());
      for (Field field : constants.getDeclaredFields()) {
        if (field.isAnnotationPresent(ProtectedVariable.class) && Modifier.isStatic(field.getModifiers())
            && field.getType() == String.class) {
          names.add(constantValue(field));
        }
      }
    }
    return Set.copyOf(names);
  }

  private static String constantValue(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("a protected variable name must be a public constant: " + field, e);
    }
  }
}
