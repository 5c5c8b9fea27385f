package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.DemoCitizens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What only the real container shows (MockMvc bypasses Tomcat's parsing): bodies over the JSON API's cap, declared
 * or chunked, and path variants the firewall refuses. Each answers 4xx problem+json, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BadInputOverHttpIT {

  private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

  @LocalServerPort
  int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aTwoMegabyteJsonBodyIsA413() throws Exception {
    assertProblem(post("/api/v1/auth/login", BodyPublishers.ofByteArray(hugeLogin())), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void aTwoMegabyteChunkedJsonBodyIsA413() throws Exception {
    BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeLogin()));
    assertProblem(post("/api/v1/auth/login", chunked), 413, "PAYLOAD_TOO_LARGE");
  }

  @Test
  void aSmallChunkedJsonBodyStillReachesTheApplication() throws Exception {
    byte[] login = ("{\"phone\":\"" + DemoCitizens.ZHANG_WEI + "\",\"password\":\"" + CitizenClient.DEMO_PASSWORD
        + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> answer = post("/api/v1/auth/login",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(login)));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(json.readTree(answer.body()).path("token").asText()).isNotEmpty();
  }

  @Test
  void aMatrixParameterInThePathIsA400() throws Exception {
    assertProblem(get("/api/v1/e-licence/verification-keys;x=y"), 400, "MALFORMED_REQUEST");
  }

  @Test
  void aDoubleSlashInThePathIsA400() throws Exception {
    assertProblem(get("/api//v1/e-licence/verification-keys"), 400, "MALFORMED_REQUEST");
  }

  @Test
  void aBrokenMultipartBodyIsA400() throws Exception {
    String token = json.readTree(post("/api/v1/auth/login", BodyPublishers.ofString("{\"phone\":\""
        + DemoCitizens.ZHANG_WEI + "\",\"password\":\"" + CitizenClient.DEMO_PASSWORD + "\"}")).body())
        .path("token").asText();
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/vehicle-filings/1/id-photo"))
        .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=XYZ")
        .POST(BodyPublishers.ofString("--XYZ\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\""
            + "\r\nContent-Type: image/jpeg\r\n\r\nnot closed"))
        .build(), BodyHandlers.ofString());
    assertProblem(answer, 400, "MALFORMED_REQUEST");
  }

  private static byte[] hugeLogin() {
    return ("{\"phone\":\"13800000001\",\"password\":\"" + "x".repeat(TWO_MEGABYTES) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(String path, BodyPublisher body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body).build(),
        BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private void assertProblem(HttpResponse<String> answer, int status, String code) throws Exception {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json.readTree(answer.body());
    assertThat(problem.path("code").asText()).isEqualTo(code);
  }
}
