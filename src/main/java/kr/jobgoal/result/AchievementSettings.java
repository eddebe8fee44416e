package kr.jobgoal.result;

import java.math.RoundingMode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The display setting of achievement rates, for every page and API that shows one. */
@Configuration(proxyBeanMethods = false)
public class AchievementSettings {

	@Bean
	public Achievement.Display achievementDisplay(@Value("${jobgoal.achievement.display-scale:0}") int scale,
			@Value("${jobgoal.achievement.rounding:DOWN}") RoundingMode rounding) {
		return new Achievement.Display(scale, rounding);
	}
}
