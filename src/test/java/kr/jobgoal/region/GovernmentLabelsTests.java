package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every level and type in the shipped directory has its place in the lists and words in both languages. */
class GovernmentLabelsTests {

	@Test
	void everyTypeAndLevelOfTheReferenceFileIsKnownAndWorded() throws IOException {
		Set<String> types = new TreeSet<>();
		Set<String> levels = new TreeSet<>();
		try (Reader in = new InputStreamReader(new ClassPathResource(ReferenceGovernmentLoader.RESOURCE).getInputStream(),
				StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
				types.add(row.get("type"));
				levels.add(row.get("level"));
			}
		}
		assertThat(Government.TYPES).containsExactlyInAnyOrderElementsOf(types);
		for (String bundle : new String[] { "i18n/region.properties", "i18n/region_en.properties" }) {
			Properties words = load(bundle);
			types.forEach(type -> assertThat(words.getProperty("region.type." + type)).as(bundle + " " + type).isNotBlank());
			levels.forEach(level -> assertThat(words.getProperty("region.level." + level)).as(bundle + " " + level).isNotBlank());
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}
}
