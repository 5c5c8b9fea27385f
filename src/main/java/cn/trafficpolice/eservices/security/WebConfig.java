package cn.trafficpolice.eservices.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

  static {
    // the citizen comes from the token, never from the request: keep it out of the API description
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentCitizen.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentCitizenResolver());
  }
}
