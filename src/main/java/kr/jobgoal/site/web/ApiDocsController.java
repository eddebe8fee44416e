package kr.jobgoal.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The open API's documentation inside the site's own shell (header, menu, footer, language): Swagger UI's files
 * drawn into a page of ours by {@code js/api-docs.js}, not springdoc's bare page (which stays at
 * {@code /swagger-ui.html}).
 */
@Controller
class ApiDocsController {

	static final String API_DOCS = "/api-docs";

	@GetMapping(API_DOCS)
	String apiDocs() {
		return "site/api-docs";
	}
}
