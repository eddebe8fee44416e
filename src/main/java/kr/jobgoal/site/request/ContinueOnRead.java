package kr.jobgoal.site.request;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * A client that asks before it sends a body ({@code Expect: 100-continue}) is told to go on only once the
 * application reads the body: a body refused by its size alone ({@link BodySizeFilter}) is then never sent, and
 * the client gets its {@code 413} instead of a connection closed in the middle of an upload.
 */
@Component
class ContinueOnRead implements TomcatConnectorCustomizer {

	@Override
	public void customize(Connector connector) {
		connector.setProperty("continueResponseTiming", "onRead");
	}
}
