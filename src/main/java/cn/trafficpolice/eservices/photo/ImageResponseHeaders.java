package cn.trafficpolice.eservices.photo;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every image the app serves (citizens' and reviewers' photos, QR codes, the e-licence) is shown, never run: the
 * browser may not sniff another type from the bytes, the response may load nothing and run nothing, and it is
 * displayed inline rather than saved under a name the sender chose.
 */
@ControllerAdvice
class ImageResponseHeaders implements ResponseBodyAdvice<Object> {

  static final String IMAGE_POLICY = "default-src 'none'; img-src 'self'; sandbox";

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
      ServerHttpResponse response) {
    if ("image".equals(selectedContentType.getType())) {
      HttpHeaders headers = response.getHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Content-Security-Policy", IMAGE_POLICY);
      headers.set(HttpHeaders.CONTENT_DISPOSITION, "inline");
    }
    return body;
  }
}
