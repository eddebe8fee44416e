package kr.jobgoal.site.asset;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static assets (KRDS, fonts, htmx, ECharts, the site's own CSS and JS, the map's GeoJSON), each folder under
 * its own address so that only asset links go through the resource chain: with one handler on {@code /**}
 * (Spring Boot's default) every page link of every page was looked up in the jar on every request, because a
 * miss is never cached. Links get a content hash in the file name ({@code site-<md5>.css}), resolved once and
 * cached; hashed addresses are kept a year ({@link ImmutableWhenHashed}), plain ones revalidate. Precompressed
 * {@code .br}/{@code .gz} files (written by {@code frontend/build.mjs}) are served when the browser accepts them;
 * anything else compressible is gzipped by Tomcat ({@code server.compression.*}).
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetConfiguration implements WebMvcConfigurer {

	/** The folders under {@code classpath:/static}; each is also an address prefix. */
	static final List<String> FOLDERS = List.of("css", "js", "img", "maps", "vendor");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(CacheControl.noCache())
				.resourceChain(true)
				.addResolver(new EncodedResourceResolver())
				.addResolver(new ImmutableWhenHashed())
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				// in this order, so that the immutable caching survives the rewriting of a style sheet's links
				.addTransformer(new ImmutableWhenHashed.KeepImmutable())
				.addTransformer(new CssLinkResourceTransformer());
		}
	}
}
