package kr.jobgoal.demo;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/** The OpenAPI document names the {@code Jobgoal-Demo} header on every response (docs/demo-data.md). */
@Component
class DemoMarkerDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI api) {
		if (api.getPaths() == null) {
			return;
		}
		Header header = new Header()
			.description("데모 자료가 저장되어 있는 동안 모든 응답에 붙습니다 (없으면 헤더도 없음). "
					+ "Present on every response while demo data is stored.")
			.schema(new StringSchema()._enum(List.of("true")));
		api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
			if (operation.getResponses() != null) {
				operation.getResponses().values().forEach(response -> response.addHeaderObject(DemoMarkerFilter.HEADER, header));
			}
		}));
	}
}
