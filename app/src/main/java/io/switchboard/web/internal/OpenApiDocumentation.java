package io.switchboard.web.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is and how to authenticate (Swagger UI's Authorize button). */
@Configuration(proxyBeanMethods = false)
class OpenApiDocumentation {
    @Bean
    OpenAPI switchboardOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Switchboard API")
                        .version("v1")
                        .description(
                                "Every call acts on the workspace of its API key. Errors are application/problem+json.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiKey",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A workspace API key from Settings › API keys")))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
