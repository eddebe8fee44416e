package kr.jobgoal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every module's texts exist in Korean and in English: each bundle has the same keys in both files. */
class MessageBundlesTests {

	@Test
	void everyKoreanTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
		Resource[] korean = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		int bundles = 0;
		for (Resource bundle : korean) {
			String name = bundle.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Resource english = bundle.createRelative(name.replace(".properties", "_en.properties"));
			assertThat(english.exists()).as(name + " has an English twin").isTrue();
			assertThat(load(english).stringPropertyNames()).as("keys of " + name + " in English")
				.containsExactlyInAnyOrderElementsOf(load(bundle).stringPropertyNames());
			bundles++;
		}
		assertThat(bundles).isGreaterThanOrEqualTo(2);
	}

	private static Properties load(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
