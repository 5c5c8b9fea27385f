package cn.trafficpolice.eservices.security;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  @Bean
  OpenAPI eservicesApi() {
    return new OpenAPI()
        .info(new Info().title("交通管理与身份证网上办事 API").version("v1")
            .description("公民通过本接口办理驾驶证补证、电子驾驶证、预选号牌、备案非本人机动车、身份证补领等业务。"))
        .components(new Components()
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT"))
            .addSecuritySchemes("system", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
