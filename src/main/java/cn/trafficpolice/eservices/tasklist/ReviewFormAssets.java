package cn.trafficpolice.eservices.tasklist;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the parts the Tasklist review forms share ({@code processes/forms/shared/}: script, stylesheet, templates)
 * under {@value #PATH}. Same origin as Tasklist, so its Content-Security-Policy lets a form load them; under the
 * review API's path, which the webapps' security chain lets reviewers read. Not deployed with the processes.
 */
@Configuration
class ReviewFormAssets implements WebMvcConfigurer {

  static final String PATH = "/review-api/forms/";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    // revalidated each time: a new release's forms must not meet last release's shared script
    registry.addResourceHandler(PATH + "**").addResourceLocations("classpath:/forms/shared/")
        .setCacheControl(CacheControl.noCache());
  }
}
