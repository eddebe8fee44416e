package kr.jobgoal.site.asset;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;

/**
 * A resource asked for by its content-hashed name is cached for a year without revalidation: a change of its
 * bytes changes its name. Sits above the {@code VersionResourceResolver}, which answers a hashed name with the
 * plain file (same file name without the hash) only when the hash matches the content.
 */
final class ImmutableWhenHashed extends AbstractResourceResolver {

	static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
		.getHeaderValue();

	@Override
	protected @Nullable Resource resolveResourceInternal(@Nullable HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null || StringUtils.getFilename(requestPath).equals(resource.getFilename())) {
			return resource;
		}
		return new Immutable(resource);
	}

	@Override
	protected @Nullable String resolveUrlPathInternal(String resourceUrlPath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourceUrlPath, locations);
	}

	/**
	 * Keeps the year-long caching of a hashed resource that a transformer rewrote: the CSS link transformer, which
	 * hashes the links inside style sheets, returns plain bytes.
	 */
	static final class KeepImmutable implements ResourceTransformer {

		@Override
		public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
				throws IOException {
			Resource transformed = chain.transform(request, resource);
			return resource instanceof Immutable && !(transformed instanceof Immutable) ? new Immutable(transformed)
					: transformed;
		}
	}

	/** The hashed resource with its own headers (the content hash as ETag) and the year-long Cache-Control. */
	private static final class Immutable extends AbstractResource implements HttpResource {

		private final Resource hashed;

		Immutable(Resource hashed) {
			this.hashed = hashed;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			if (hashed instanceof HttpResource http) {
				headers.putAll(http.getResponseHeaders());
			}
			headers.setCacheControl(CACHE_CONTROL);
			return headers;
		}

		@Override
		public InputStream getInputStream() throws IOException {
			return hashed.getInputStream();
		}

		@Override
		public boolean exists() {
			return hashed.exists();
		}

		@Override
		public URL getURL() throws IOException {
			return hashed.getURL();
		}

		@Override
		public URI getURI() throws IOException {
			return hashed.getURI();
		}

		@Override
		public File getFile() throws IOException {
			return hashed.getFile();
		}

		@Override
		public long contentLength() throws IOException {
			return hashed.contentLength();
		}

		@Override
		public long lastModified() throws IOException {
			return hashed.lastModified();
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return hashed.createRelative(relativePath);
		}

		@Override
		public @Nullable String getFilename() {
			return hashed.getFilename();
		}

		/** Also its identity: transformed resources are cached by it, apart from the same file asked for plainly. */
		@Override
		public String getDescription() {
			return "hashed " + hashed.getDescription();
		}
	}
}
