package kr.jobgoal.site.api;

import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigParameters;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.providers.SpringWebProvider;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Swagger UI's configuration ({@code /v3/api-docs/swagger-config}) without the request's host: springdoc builds
 * the OAuth2 redirect address from the request URL and any forwarded headers, from whoever sent them. The API
 * has no OAuth2 flow; the address is the public URL's, or relative.
 */
@Configuration(proxyBeanMethods = false)
class SwaggerUiAddresses {

	/** Takes the place of springdoc's own (which it defines only when there is none). */
	@Bean
	SwaggerWelcomeWebMvc swaggerWelcome(SwaggerUiConfigProperties swaggerUi, SpringDocConfigProperties springDoc,
			ObjectProvider<SpringWebProvider> springWeb, PublicUrl publicUrl) {
		return new SwaggerWelcomeWebMvc(swaggerUi, springDoc, springWeb) {
			@Override
			protected void calculateOauth2RedirectUrl(SwaggerUiConfigParameters parameters,
					UriComponentsBuilder requestBased) {
				parameters.setOauth2RedirectUrl(
						publicUrl.url().orElse("") + parameters.getUiRootPath() + getOauth2RedirectUrl());
			}
		};
	}
}
