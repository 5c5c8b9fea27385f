package cn.trafficpolice.eservices.security;

import cn.trafficpolice.eservices.error.ErrorCodes;
import cn.trafficpolice.eservices.error.ProblemHandler;
import cn.trafficpolice.eservices.error.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private void refuse(HttpServletResponse response) throws IOException {
    // the unread rest of the body cannot be trusted to be drained: close the connection after answering
    response.setHeader("Connection", "close");
    writer.write(response, ProblemHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE,
        "请求内容过大"));
  }

  /** A chunked body already read within the cap, served again to the application. */
  private static final class BufferedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
