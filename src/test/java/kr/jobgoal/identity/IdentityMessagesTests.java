package kr.jobgoal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Every Korean message has its English one and the other way round. */
class IdentityMessagesTests {

	@Test
	void koreanAndEnglishHaveTheSameKeys() throws IOException {
		Properties korean = load("i18n/identity.properties");
		Properties english = load("i18n/identity_en.properties");
		assertThat(korean).isNotEmpty();
		assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(korean.keySet());
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				IdentityMessagesTests.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
