package org.masar.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's description of the API as a whole: what it is and how callers authenticate. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI masarOpenApi() {
        return new OpenAPI()
                .info(
                        new Info()
                                .title("Masar API")
                                .version("v1")
                                .description(
                                        "JSON API of Masar, the Libya mission's information system. Authenticate with "
                                                + "`Authorization: Bearer <token>` (an API token created on your account page) or a "
                                                + "signed-in session. Errors are RFC 9457 problem details whose `type` is "
                                                + "`/problems/{code}`. Lists are paginated with `page` (from 0) and `size` (at most 200)."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("An API token created on the account page")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
