package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The delegates act on the application whose id a {@link ProtectedVariable} holds ({@code filingId},
 * {@code appealId} …). A reviewer completing a task, submitting its form or updating variables through the
 * webapps' engine API could otherwise point them at another citizen's application. Such a request is refused.
 */
final class ProtectedVariablesFilter extends OncePerRequestFilter {

  static final String VARIABLE_PROTECTED = "VARIABLE_PROTECTED";

  /** {@code .../variables/{name}} and {@code .../localVariables/{name}} (also {@code /data}). */
  private static final Pattern VARIABLE_IN_PATH = Pattern.compile("/(?:variables|localVariables)/([^/]+)");
  /** The body fields of the engine API that carry variables by name. */
  private static final Set<String> VARIABLE_MAPS = Set.of("variables", "modifications", "localVariables",
      "variablesLocal", "processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  private final ObjectMapper mapper;
  private final Set<String> protectedNames;

  ProtectedVariablesFilter(ObjectMapper mapper, Set<String> protectedNames) {
    this.mapper = mapper;
    this.protectedNames = protectedNames;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    CachedBodyRequest cached = new CachedBodyRequest(request);
    if (namedInPath(request.getRequestURI()) || namedInBody(cached)) {
      new ProblemWriter(mapper).write(response, ProblemHandler.problem(HttpStatus.BAD_REQUEST,
          VARIABLE_PROTECTED, "业务编号等流程变量由系统维护，不能在任务中修改"));
      return;
    }
    chain.doFilter(cached, response);
  }

  private boolean namedInPath(String uri) {
    Matcher m = VARIABLE_IN_PATH.matcher(uri);
    while (m.find()) {
      if (protectedNames.contains(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }

  private boolean namedInBody(CachedBodyRequest request) {
    if (request.body().length == 0) {
      return false;
    }
    try {
      return names(mapper.readTree(request.body()));
    } catch (IOException notJson) {
      // the engine API reads JSON only; what it cannot read changes no variable
      return false;
    }
  }

  private boolean names(JsonNode node) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (VARIABLE_MAPS.contains(field.getKey()) && field.getValue().isObject()
            && field.getValue().properties().stream().anyMatch(v -> protectedNames.contains(v.getKey()))) {
          return true;
        }
        if ("deletions".equals(field.getKey()) && field.getValue().isArray()) {
          for (JsonNode deleted : field.getValue()) {
            if (deleted.isTextual() && protectedNames.contains(deleted.textValue())) {
              return true;
            }
          }
        }
        if (names(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode element : node) {
      if (names(element)) {
        return true;
      }
    }
    return false;
  }
}
