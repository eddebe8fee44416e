package kr.jobgoal.site.request;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.JsonLimits;
import kr.jobgoal.site.error.RequestRefusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are bounded while they are read, never after: a body that says it is larger than
 * {@link JsonLimits#MAX_BODY_BYTES}, or that turns out larger while it is read (chunked), is a {@code 413}
 * before any of it is parsed; what fits is handed on from memory. Uploads (multipart) have their own limits
 * ({@code spring.servlet.multipart.*}, then each module's), and so have forms, which the container reads
 * ({@code server.tomcat.max-http-form-post-size}, the same size): for them only the declared length is
 * checked here.
 */
public class BodySizeFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		boolean chunked = request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
		if (declared <= 0 && !chunked || isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (declared > JsonLimits.MAX_BODY_BYTES) {
			refuse(request, response);
			return;
		}
		if (isForm(request)) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(JsonLimits.MAX_BODY_BYTES + 1);
		if (body.length > JsonLimits.MAX_BODY_BYTES) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String message = "요청 본문이 너무 큽니다. " + JsonLimits.MAX_BODY_BYTES / (1024 * 1024) + "MB까지 받습니다.";
		RequestRefusal.refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
				new InvalidInputException(message + " 아무것도 바뀌지 않았습니다.", List.of(new FieldProblem("body", message))));
	}

	private static boolean isMultipart(HttpServletRequest request) {
		return request.getContentType() != null
				&& request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	private static boolean isForm(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType()
			.toLowerCase(java.util.Locale.ROOT)
			.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/** The request with its body already read, within the limit. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body has been read already");
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = StandardCharsets.UTF_8;
			try {
				if (getCharacterEncoding() != null) {
					charset = Charset.forName(getCharacterEncoding());
				}
			}
			catch (IllegalArgumentException unknown) {
				// an unknown charset name is read as UTF-8, which the API requires anyway
			}
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
		}
	}
}
