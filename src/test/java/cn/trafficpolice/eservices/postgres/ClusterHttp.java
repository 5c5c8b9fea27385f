package cn.trafficpolice.eservices.postgres;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * The REST front of a node over real HTTP, as a citizen's app or an outside system calls it. A node that is gone
 * surfaces as the {@link IOException} of the connection; every answer, error or not, comes back as an
 * {@link Answer}.
 */
final class ClusterHttp {

  /** Generous: the machine running the two nodes may be busy with more than this test. */
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  Answer post(ClusterNode node, String path, String token, Object body) throws IOException, InterruptedException {
    return send(json(node, path, body), token);
  }

  Answer get(ClusterNode node, String path, String token) throws IOException, InterruptedException {
    return send(request(node, path).GET(), token);
  }

  byte[] bytes(ClusterNode node, String path, String token) throws IOException, InterruptedException {
    HttpResponse<byte[]> answer = http.send(authorised(request(node, path).GET(), token).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    if (answer.statusCode() != 200) {
      throw new IOException(path + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  /** A multipart upload of one JPEG file, as a phone's browser sends it. */
  Answer upload(ClusterNode node, String path, String token, String field, byte[] jpeg)
      throws IOException, InterruptedException {
    String boundary = "----cluster" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
        + "\"; filename=\"me.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(jpeg);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(node, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
  }

  /** An outside system's callback, with HTTP Basic. */
  Answer postAsSystem(ClusterNode node, String path, String user, String password, Object body)
      throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(json(node, path, body).header("Authorization", "Basic " + basic), null);
  }

  private HttpRequest.Builder json(ClusterNode node, String path, Object body) throws IOException {
    return request(node, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
  }

  private HttpRequest.Builder request(ClusterNode node, String path) {
    return HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).timeout(TIMEOUT);
  }

  private Answer send(HttpRequest.Builder request, String token) throws IOException, InterruptedException {
    HttpResponse<String> answer = http.send(authorised(request, token).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String body = answer.body();
    return new Answer(answer.statusCode(), body == null || body.isBlank() ? MissingNode.getInstance()
        : json.readTree(body));
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request, String token) {
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  /** @param body the JSON answer; missing when there was none */
  record Answer(int status, JsonNode body) {

    boolean is(int expected) {
      return status == expected;
    }

    String text(String field) {
      return body.path(field).asText();
    }

    /** What a citizen's app would show for a refusal: the status and the problem's machine code. */
    String refusal() {
      return status + (body.has("code") ? " " + body.get("code").asText() : "");
    }
  }
}
