package kr.jobgoal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import kr.jobgoal.region.Government;
import kr.jobgoal.site.web.NationalOverview.TypeCount;
import kr.jobgoal.site.web.NationalOverview;
import org.junit.jupiter.api.Test;

class NationalOverviewTests {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

	@Test
	void countsByLevelAndByTypeInTheUsualOrder() {
		NationalOverview overview = NationalOverview.of(DAY,
				List.of(government("52210", "basic", "city"), government("52000", "metro", "special_self_governing_province"),
						government("52710", "basic", "county"), government("11000", "metro", "special_city"),
						government("52110", "basic", "city"), government("12000", "metro", "integrated_special_city")));
		assertThat(overview.total()).isEqualTo(6);
		assertThat(overview.metro()).isEqualTo(3);
		assertThat(overview.basic()).isEqualTo(3);
		assertThat(overview.byType()).containsExactly(new TypeCount("metro", "special_city", 1),
				new TypeCount("metro", "integrated_special_city", 1),
				new TypeCount("metro", "special_self_governing_province", 1), new TypeCount("basic", "city", 2),
				new TypeCount("basic", "county", 1));
	}

	@Test
	void aTypeTheReferenceFileAddsLaterComesLast() {
		NationalOverview overview = NationalOverview.of(DAY,
				List.of(government("99010", "basic", "special_district"), government("11110", "basic", "district")));
		assertThat(overview.byType()).extracting(TypeCount::type).containsExactly("district", "special_district");
	}

	private static Government government(String code, String level, String type) {
		return new Government(Long.parseLong(code), code, code, code, level, type, null, DAY.minusYears(1), null);
	}
}
