package kr.jobgoal.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Korean time: deadlines, "today" and the years offered are Korean dates
 * whatever the server's zone. Code takes the {@link Clock} bean instead of calling {@code now()} itself, so
 * that tests can set the time.
 */
@Configuration(proxyBeanMethods = false)
public class SeoulClock {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Bean
	Clock clock() {
		return Clock.system(SEOUL);
	}
}
