package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import kr.jobgoal.site.request.ContainerTuning;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/** The connector runs with the read path's settings, and a response larger than the buffer still arrives whole. */
class ContainerTuningTests extends HttpTest {

	@Autowired
	WebServerApplicationContext context;

	@Test
	void theConnectorWritesWithTheLargerSocketBuffer() {
		TomcatWebServer server = (TomcatWebServer) context.getWebServer();
		assertThat(String.valueOf(server.getTomcat().getConnector().getProperty("socket.appWriteBufSize")))
			.isEqualTo(Integer.toString(ContainerTuning.SOCKET_WRITE_BUFFER));
		assertThat(String.valueOf(server.getTomcat().getConnector().getProperty("maxKeepAliveRequests"))).isEqualTo("1000");
	}

	@Test
	void aResponseLargerThanTheBufferArrivesWhole() {
		HttpResponse<byte[]> document = getBytes("/v3/api-docs");
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(document.body().length).isGreaterThan(ContainerTuning.SOCKET_WRITE_BUFFER);
		document.headers().firstValue("Content-Length")
			.ifPresent(length -> assertThat(Integer.parseInt(length)).isEqualTo(document.body().length));
	}
}
