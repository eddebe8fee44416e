package kr.jobgoal.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The SQL statements each HTTP request of a test issues: every test app's {@link DataSource} is wrapped in a
 * datasource-proxy, and the statements run on a request's thread are recorded under the id the test sent in
 * {@link #HEADER} (see {@link CountedRequests}). Requests without the header are not recorded.
 */
@Component
public class CountedStatements implements BeanPostProcessor {

	/** The request header that names a request whose statements are recorded. */
	public static final String HEADER = "X-Test-Count-Statements";

	private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();

	private static final Map<String, Recording> RECORDINGS = new ConcurrentHashMap<>();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
			return ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new Listener()).build();
		}
		return bean;
	}

	/** The statements of the request sent with {@code HEADER: id}, once it has ended (including its commits). */
	public static List<String> of(String id) {
		Recording recording = RECORDINGS.computeIfAbsent(id, key -> new Recording());
		try {
			if (!recording.ended.await(10, TimeUnit.SECONDS)) {
				throw new IllegalStateException("request " + id + " did not end, or was not sent with " + HEADER);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		RECORDINGS.remove(id);
		return List.copyOf(recording.statements);
	}

	/**
	 * The statements that {@code work} issues on this thread, for a test or benchmark that calls a service
	 * directly rather than over HTTP. A JDBC batch counts once, however many rows it carries.
	 */
	public static List<String> during(Runnable work) {
		Recording outer = CURRENT.get();
		Recording recording = new Recording();
		CURRENT.set(recording);
		try {
			work.run();
		}
		finally {
			if (outer == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(outer);
			}
		}
		return List.copyOf(recording.statements);
	}

	static void begin(String id) {
		CURRENT.set(RECORDINGS.computeIfAbsent(id, key -> new Recording()));
	}

	static void end() {
		Recording recording = CURRENT.get();
		CURRENT.remove();
		if (recording != null) {
			recording.ended.countDown();
		}
	}

	private static final class Recording {

		private final List<String> statements = new CopyOnWriteArrayList<>();

		private final CountDownLatch ended = new CountDownLatch(1);
	}

	private static final class Listener implements QueryExecutionListener {

		@Override
		public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		}

		@Override
		public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
			Recording recording = CURRENT.get();
			if (recording != null) {
				queries.forEach(query -> recording.statements.add(query.getQuery()));
			}
		}
	}
}
