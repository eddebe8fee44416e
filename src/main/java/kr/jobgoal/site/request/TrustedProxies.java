package kr.jobgoal.site.request;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For}, {@code -Proto}, {@code -Host} and {@code -Port} count only when the connection comes
 * from a proxy listed in {@code JOBGOAL_TRUSTED_PROXIES} (addresses or CIDR ranges, comma-separated); from
 * anyone else, and when the list is empty, they are ignored (Boot's own handling is switched off by
 * {@code server.forward-headers-strategy=none}, also on cloud platforms where it would trust private ranges).
 * Through a trusted proxy the client's address, {@code https} and thus Secure cookies and HSTS follow what the
 * proxy says.
 */
@Component
public class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*");

	private final List<String> ranges;

	TrustedProxies(@Value("${jobgoal.trusted-proxies:}") String configured) {
		this.ranges = parse(configured);
	}

	/**
	 * Each entry as CIDR: a bare address becomes a range of one. Tomcat reads a list with a slash as CIDR and
	 * anything else as a regular expression, where the dots of "10.0.0.1" would match any character.
	 */
	public static List<String> parse(String configured) {
		if (configured == null || configured.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATOR.split(configured.strip())).map(TrustedProxies::range).toList();
	}

	private static String range(String entry) {
		int slash = entry.indexOf('/');
		String address = slash < 0 ? entry : entry.substring(0, slash);
		InetAddress parsed = literal(address, entry);
		int bits = parsed.getAddress().length * 8;
		if (slash < 0) {
			return address + "/" + bits;
		}
		String prefix = entry.substring(slash + 1);
		if (!prefix.matches("\\d{1,3}") || Integer.parseInt(prefix) > bits) {
			throw invalid(entry);
		}
		return entry;
	}

	/** An address literal only: a host name here would be looked up in DNS, and its answer trusted. */
	private static InetAddress literal(String address, String entry) {
		if (!address.matches("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
			throw invalid(entry);
		}
		try {
			return InetAddress.getByName(address);
		}
		catch (UnknownHostException e) {
			throw invalid(entry);
		}
	}

	private static IllegalStateException invalid(String entry) {
		return new IllegalStateException("JOBGOAL_TRUSTED_PROXIES: \"" + entry
				+ "\" is not an IP address or CIDR range (examples: 10.0.0.5, 10.0.0.0/8, fd00::/8)");
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		if (ranges.isEmpty()) {
			return;
		}
		RemoteIpValve valve = new RemoteIpValve();
		valve.setInternalProxies(String.join(",", ranges));
		// only the proxies above; an address that merely appears in the header chain is not trusted for it
		valve.setTrustedProxies(null);
		valve.setRemoteIpHeader("X-Forwarded-For");
		valve.setProtocolHeader("X-Forwarded-Proto");
		valve.setHostHeader("X-Forwarded-Host");
		valve.setPortHeader("X-Forwarded-Port");
		factory.addEngineValves(valve);
	}
}
