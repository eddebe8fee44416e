package kr.jobgoal.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 written by hand, for what {@link java.net.http.HttpClient} will not send: a {@code Host} of the
 * client's choosing, and a connection from another loopback address than 127.0.0.1 (the tests' trusted proxy,
 * {@link #TRUSTED_PROXY}, configured in the test properties; Linux answers on all of 127.0.0.0/8).
 */
public final class RawHttp {

	/** The address that {@code jobgoal.trusted-proxies} names in the tests. */
	public static final String TRUSTED_PROXY = "127.0.0.2";

	/** The tests' own client: connects from 127.0.0.1, which no configuration trusts. */
	public static final String CLIENT = "127.0.0.1";

	private RawHttp() {
	}

	/**
	 * Sends {@code method path} from {@code from} with the given header lines ("Name: value"; a {@code Host}
	 * line replaces the default {@code localhost}) and reads the whole answer.
	 */
	public static Response send(String from, int port, String method, String path, String... headers) {
		return sendWithBody(from, port, method, path, null, headers);
	}

	/** As {@link #send(String, int, String, String, String...)}, with a body (its length is added). */
	public static Response sendWithBody(String from, int port, String method, String path, String body,
			String... headers) {
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
		boolean host = false;
		for (String header : headers) {
			host |= header.regionMatches(true, 0, "Host:", 0, 5);
			request.append(header).append("\r\n");
		}
		if (!host) {
			request.append("Host: localhost:").append(port).append("\r\n");
		}
		if (body != null) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.read(socket.getInputStream(), !"HEAD".equals(method));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An answer: status, headers by lower-case name, and the body (de-chunked) as UTF-8. */
	public record Response(int status, Map<String, List<String>> headers, String body) {

		public Optional<String> header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null ? Optional.empty() : Optional.of(values.get(0));
		}

		public List<String> all(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		static Response read(InputStream in, boolean withBody) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.split(" ")[1]);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(line.substring(colon + 1).trim());
			}
			if (!withBody) {
				return new Response(status, headers, "");
			}
			byte[] body = headers.getOrDefault("transfer-encoding", List.of()).contains("chunked") ? chunked(in)
					: in.readAllBytes();
			return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
		}

		private static byte[] chunked(InputStream in) throws IOException {
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
					size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
				body.write(in.readNBytes(size));
				line(in);
			}
			return body.toByteArray();
		}

		private static String line(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			for (int b = in.read(); b != '\n'; b = in.read()) {
				if (b < 0) {
					break;
				}
				if (b != '\r') {
					line.write(b);
				}
			}
			return line.toString(StandardCharsets.ISO_8859_1);
		}
	}
}
