package cn.trafficpolice.eservices.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the serial number a request's path names into the log context, and leaves nothing behind for the thread. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLogContextFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String serial = LogContext.serialNumberInPath(request.getRequestURI());
    if (serial != null) {
      LogContext.serialNumber(serial);
    }
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(LogContext.SERIAL_NUMBER);
      MDC.remove(LogContext.PROCESS_INSTANCE_ID);
    }
  }
}
