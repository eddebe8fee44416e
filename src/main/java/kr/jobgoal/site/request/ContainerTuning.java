package kr.jobgoal.site.request;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat's connector for the read path (docs/benchmarks.md, "System calls per request"): with its default
 * 8 KB socket write buffer a 30 KB results page leaves in four {@code write} calls and the 80 KB dashboard in
 * ten; with 64 KB a page leaves in one or two (1.4 and 2.4 per request, measured). The buffer is per
 * connection, so 200 busy connections hold about 13 MB.
 */
@Component
public class ContainerTuning implements TomcatConnectorCustomizer {

	public static final int SOCKET_WRITE_BUFFER = 64 * 1024;

	@Override
	public void customize(Connector connector) {
		if (!connector.setProperty("socket.appWriteBufSize", Integer.toString(SOCKET_WRITE_BUFFER))) {
			throw new IllegalStateException("Tomcat refused socket.appWriteBufSize");
		}
	}
}
