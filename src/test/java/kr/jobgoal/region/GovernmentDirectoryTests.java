package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GovernmentDirectoryTests {

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	ReferenceGovernmentLoader loader;

	@Test
	void the243GovernmentsOf2021() {
		List<Government> all = directory.list(LocalDate.of(2021, 7, 6), null, null);
		assertThat(all).hasSize(243);
		assertThat(all.stream().filter(Government::isMetro)).hasSize(17);
		Map<String, Long> basicByType = all.stream()
			.filter(g -> !g.isMetro())
			.collect(Collectors.groupingBy(Government::peerGroup, Collectors.counting()));
		assertThat(basicByType).containsExactlyInAnyOrderEntriesOf(Map.of("city", 75L, "county", 82L, "district", 69L));
		assertThat(directory.list(LocalDate.of(2021, 7, 6), null, "45000")).hasSize(14);
	}

	@Test
	void the243GovernmentsAfterThe2026Merger() {
		List<Government> all = directory.list(LocalDate.of(2026, 11, 27), null, null);
		assertThat(all).hasSize(243);
		assertThat(all.stream().filter(Government::isMetro)).hasSize(16);
		assertThat(directory.list(LocalDate.of(2026, 11, 27), Government.BASIC, "12000")).hasSize(27);
		assertThat(directory.list(LocalDate.of(2026, 11, 27), Government.BASIC, "28000")).hasSize(11);
	}

	@Test
	void gimjeIsOneGovernmentUnderBothCodes() {
		Government old = directory.find("52210", LocalDate.of(2021, 7, 6)).orElseThrow();
		Government now = directory.find("45210", LocalDate.of(2026, 11, 27)).orElseThrow();
		assertThat(old.id()).isEqualTo(now.id());
		assertThat(old.code()).isEqualTo("45210");
		assertThat(old.parentCode()).isEqualTo("45000");
		assertThat(now.code()).isEqualTo("52210");
		assertThat(now.parentCode()).isEqualTo("52000");
		assertThat(directory.codeHistory(now.id())).extracting(Government::code).containsExactly("45210", "52210");
		// parent filter accepts any code of the parent as well
		assertThat(directory.list(LocalDate.of(2026, 11, 27), null, "45000")).extracting(Government::code).contains("52210");
	}

	@Test
	void mergersAndSplitsMakeNewGovernmentsThatRecordTheirPredecessors() {
		LocalDate after = LocalDate.of(2026, 11, 27);
		Government merged = directory.find("12000", after).orElseThrow();
		Government gwangju = directory.find("29000", after).orElseThrow();
		assertThat(merged.id()).isNotEqualTo(gwangju.id());
		assertThat(gwangju.validTo()).isEqualTo(LocalDate.of(2026, 6, 30)); // abolished: its last code
		assertThat(directory.succession("12000").predecessorCodes()).containsExactly("29000", "46000");
		assertThat(directory.find("12000", LocalDate.of(2021, 7, 6))).isEmpty(); // did not exist yet

		Government jemulpo = directory.find("28125", after).orElseThrow();
		assertThat(directory.succession("28125").predecessorCodes()).containsExactly("28110", "28140");
		assertThat(jemulpo.id()).isNotEqualTo(directory.find("28110", after).orElseThrow().id());
		// 서해구 and 검단구 both come from 서구: a split, so neither is 서구 itself
		assertThat(directory.find("28275", after).orElseThrow().id())
			.isNotEqualTo(directory.find("28260", after).orElseThrow().id());
		// a mere recode keeps the identity, even across provinces (군위군 47720 → 27720)
		assertThat(directory.find("27720", after).orElseThrow().id())
			.isEqualTo(directory.find("47720", after).orElseThrow().id());
	}

	@Test
	void loadingAgainChangesNothing() {
		assertThat(loader.load()).isZero();
		assertThat(directory.list(LocalDate.of(2021, 7, 6), null, null)).hasSize(243);
	}
}
