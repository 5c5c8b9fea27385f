package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of the JSON API (413 problem+json): a declared length over the cap is refused unread, a chunked
 * body is read up to the cap and then refused. Multipart uploads keep their own limits
 * ({@code spring.servlet.multipart}).
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

  private final long maxBytes;
  private final ProblemWriter writer;

  RequestBodyLimitFilter(long maxBytes, ProblemWriter writer) {
    this.maxBytes = maxBytes;
    this.writer = writer;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      refuse(response);
      return;
    }
    if (declared >= 0) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes((int) maxBytes + 1);
    if (body.length > maxBytes) {
      refuse(response);
      return;
    }
    // a chunked body already read within the cap, served again to the application
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    // the unread rest of the body cannot be trusted to be drained: close the connection after answering
    response.setHeader("Connection", "close");
    writer.write(response, ProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
        "请求内容过大"));
  }
}
