import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;

/**
 * The container's own ceiling (docs/benchmarks.md): the Tomcat of the app's jar, with the app's connector
 * settings, serving saved responses (their bytes and headers) from memory through one servlet and no filter.
 * What the app loses to this is the app's; what this loses to nginx is the container's.
 *
 *   java -cp tomcat-embed-core-*.jar bench/read-path/BareTomcat.java PORT PATH=SAVED_PREFIX ...
 *
 * where SAVED_PREFIX.headers and SAVED_PREFIX.body are a response saved with curl -D / -o.
 */
public class BareTomcat {

	/** Headers that belong to one connection or that the container sets from the response itself. */
	private static final Set<String> CONTAINERS = Set.of("date", "content-length", "transfer-encoding", "connection",
			"keep-alive", "content-type");

	record Saved(String contentType, Map<String, List<String>> headers, byte[] body) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, Saved> saved = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String[] pathAndPrefix = args[i].split("=", 2);
			saved.put(pathAndPrefix[0], read(pathAndPrefix[1]));
		}
		Tomcat tomcat = new Tomcat();
		tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
		Connector connector = new Connector("org.apache.coyote.http11.Http11NioProtocol");
		connector.setPort(Integer.parseInt(args[0]));
		connector.setProperty("address", "127.0.0.1");
		// as the app's: site.request.ContainerTuning and server.tomcat.max-keep-alive-requests
		connector.setProperty("socket.appWriteBufSize", Integer.toString(64 * 1024));
		connector.setProperty("maxKeepAliveRequests", "1000");
		tomcat.setConnector(connector);
		Context context = tomcat.addContext("", null);
		Tomcat.addServlet(context, "saved", new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
				Saved answer = saved.get(request.getRequestURI());
				if (answer == null) {
					response.sendError(404);
					return;
				}
				answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
				response.setContentType(answer.contentType());
				response.setContentLength(answer.body().length);
				response.getOutputStream().write(answer.body());
			}
		});
		context.addServletMappingDecoded("/", "saved");
		tomcat.start();
		System.out.println("bare Tomcat on port " + args[0] + " serving " + saved.keySet());
		tomcat.getServer().await();
	}

	private static Saved read(String prefix) throws IOException {
		String contentType = null;
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String line : Files.readAllLines(Path.of(prefix + ".headers"))) {
			int colon = line.indexOf(':');
			if (colon <= 0 || line.startsWith("HTTP/")) {
				continue;
			}
			String name = line.substring(0, colon).trim();
			String value = line.substring(colon + 1).trim();
			if (name.equalsIgnoreCase("content-type")) {
				contentType = value;
			}
			if (!CONTAINERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
			}
		}
		return new Saved(contentType, headers, Files.readAllBytes(Path.of(prefix + ".body")));
	}
}
