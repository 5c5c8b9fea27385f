package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import cn.trafficpolice.eservices.tasklist.ReviewerAccess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-109432: the engine evaluates {@code ${...}} and {@code #{...}} in task queries, and 7.24.0 CE checks
 * only the top level of a query for them, not {@code orQueries}. Any task or filter query of the engine API that
 * carries an expression anywhere (body at any depth, query string, URL-encoded or not) is refused before the
 * engine sees it. A stored filter may carry one (the 本组待办 filter uses {@code ${currentUserGroups()}}) only
 * when an administrator saves it.
 */
final class ExpressionQueryFilter extends OncePerRequestFilter {

  static final String EXPRESSION_NOT_ALLOWED = "EXPRESSION_NOT_ALLOWED";

  /** After the engine API's root and optional engine name: the queries the engine may evaluate expressions in. */
  private static final Pattern QUERY = Pattern.compile(
      "^/(?:camunda/api/engine|engine-rest)(?:/engine/[^/]+)?"
          + "/(?:task|task/count|filter/[^/]+/(?:list|count|singleResult))/?$");
  private static final Pattern STORED_FILTER = Pattern.compile(
      "^/(?:camunda/api/engine|engine-rest)(?:/engine/[^/]+)?/filter/(?:create|[^/]+)/?$");
  private static final int MAX_DECODING_ROUNDS = 3;
  /** Only ASCII escapes matter ({@code $ # {}); a malformed or multi-byte escape stays as it is. */
  private static final Pattern ASCII_ESCAPE = Pattern.compile("%([0-9a-fA-F]{2})");

  private final ObjectMapper mapper;
  private final ReviewerAccess sessions;

  ExpressionQueryFilter(ObjectMapper mapper, ReviewerAccess sessions) {
    this.mapper = mapper;
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean query = QUERY.matcher(path).matches();
    boolean storedFilter = !query && STORED_FILTER.matcher(path).matches()
        && ("POST".equals(request.getMethod()) || "PUT".equals(request.getMethod()));
    if (!query && !storedFilter) {
      chain.doFilter(request, response);
      return;
    }
    CachedBodyRequest cached = new CachedBodyRequest(request);
    boolean carries = carriesExpression(request.getQueryString()) || bodyCarriesExpression(cached);
    if (carries && (query || !isAdministrator(request))) {
      new ProblemWriter(mapper).write(response, ProblemHandler.problem(HttpStatus.BAD_REQUEST,
          EXPRESSION_NOT_ALLOWED, "查询条件中不允许使用表达式（${...} 或 #{...}）"));
      return;
    }
    chain.doFilter(cached, response);
  }

  private boolean isAdministrator(HttpServletRequest request) {
    return sessions.find(request).map(r -> r.groupIds().contains(Groups.CAMUNDA_ADMIN)).orElse(false);
  }

  private boolean bodyCarriesExpression(CachedBodyRequest request) {
    if (request.body().length == 0) {
      return false;
    }
    try {
      return carriesExpression(mapper.readTree(request.body()));
    } catch (IOException notJson) {
      // the API refuses a body it cannot read; its raw text is judged all the same, should it read more
      return carriesExpression(request.bodyText());
    }
  }

  private static boolean carriesExpression(JsonNode node) {
    if (node.isTextual()) {
      return carriesExpression(node.textValue());
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (carriesExpression(field.getKey()) || carriesExpression(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    for (JsonNode element : node) {
      if (carriesExpression(element)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text, as sent or percent-decoded (again and again, for double encoding), opens an expression. */
  static boolean carriesExpression(String text) {
    if (text == null) {
      return false;
    }
    String current = text;
    for (int round = 0; round <= MAX_DECODING_ROUNDS; round++) {
      if (current.contains("${") || current.contains("#{")) {
        return true;
      }
      String decoded = ASCII_ESCAPE.matcher(current).replaceAll(m -> {
        int c = Integer.parseInt(m.group(1), 16);
        return c < 0x80 ? Matcher.quoteReplacement(String.valueOf((char) c)) : Matcher.quoteReplacement(m.group());
      });
      if (decoded.equals(current)) {
        return false;
      }
      current = decoded;
    }
    return true;
  }
}
