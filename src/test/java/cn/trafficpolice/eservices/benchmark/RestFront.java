package cn.trafficpolice.eservices.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The citizens' REST front over real HTTP on the application's port, as a phone app calls it: JSON bodies, bearer
 * token, multipart uploads. An answer other than the expected status fails the benchmark with the problem's body.
 */
final class RestFront {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String base;
  private final ObjectMapper json;

  RestFront(int port, ObjectMapper json) {
    this.base = "http://localhost:" + port;
    this.json = json;
  }

  JsonNode get(String token, String path) {
    return read(expect(200, send(request(token, path).GET())));
  }

  byte[] bytes(String token, String path) {
    HttpResponse<byte[]> answer = sendBytes(request(token, path).GET());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + answer.statusCode());
    }
    return answer.body();
  }

  JsonNode post(String token, String path, Object body, int expected) {
    return read(expect(expected, post(token, path, body)));
  }

  HttpResponse<String> post(String token, String path, Object body) {
    try {
      return send(request(token, path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A multipart form with one JPEG file part, as a phone uploads a photo. */
  JsonNode upload(String token, String path, String part, byte[] jpeg, int expected) {
    return multipart(token, path, Map.of(), Map.of(part, jpeg), expected);
  }

  /** A multipart form of text fields and JPEG files, as a browser's upload form sends it. */
  JsonNode multipart(String token, String path, Map<String, String> fields, Map<String, byte[]> jpegs,
      int expected) {
    String boundary = "bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
    jpegs.forEach((name, jpeg) -> {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
          + "\"; filename=\"" + name + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(jpeg);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    });
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return read(expect(expected, send(request(token, path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())))));
  }

  JsonNode read(HttpResponse<String> answer) {
    try {
      return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + answer.body(), e);
    }
  }

  private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
    if (answer.statusCode() != status) {
      throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
          + " answered " + answer.statusCode() + " instead of " + status + ": " + answer.body());
    }
    return answer;
  }

  private HttpRequest.Builder request(String token, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept",
        "application/json, image/png");
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
