package kr.jobgoal.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.jobgoal.region.GovernmentPageController.Pages;
import kr.jobgoal.shared.GovernmentPageLinks;
import kr.jobgoal.shared.GovernmentPageLinks.PageLink;
import kr.jobgoal.shared.SeoulClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.annotation.Order;
import org.springframework.ui.ExtendedModelMap;

class GovernmentPageControllerTests {

	private static final Government GIMJE = new Government(7, "52210", "김제시", "Gimje-si", "basic", "city", "52000",
			LocalDate.of(2024, 1, 18), null);

	@Test
	void theGovernmentPageShowsEveryModulesLinksInOrder() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.setDependencyComparator(AnnotationAwareOrderComparator.INSTANCE);
		beans.registerSingleton("results", new ResultLinks());
		beans.registerSingleton("plans", new PlanLinks());
		GovernmentPageController controller = new GovernmentPageController(onlyGimje(),
				beans.getBeanProvider(GovernmentPageLinks.class), Clock.system(SeoulClock.SEOUL));

		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(controller.government("45210", LocalDate.of(2025, 1, 1), Locale.ENGLISH, model))
			.isEqualTo("region/government");
		assertThat(model.get("links")).isEqualTo(List.of(new PageLink("/governments/52210/plans/2025", "2025 plan (7)"),
				new PageLink("/governments/52210/results/2024", "2024 results")));
	}

	@Test
	void thePagesLinkTheFirstTheLastAndTwoAroundTheCurrentOne() {
		assertThat(Pages.of(1, 243, 20)).isEqualTo(new Pages(1, 13, 0, 20, List.of(1, 2, 3, 0, 13)));
		assertThat(Pages.of(7, 243, 20).numbers()).containsExactly(1, 0, 5, 6, 7, 8, 9, 0, 13);
		assertThat(Pages.of(13, 243, 20)).isEqualTo(new Pages(13, 13, 240, 243, List.of(1, 0, 11, 12, 13)));
		assertThat(Pages.of(4, 243, 20).numbers()).containsExactly(1, 2, 3, 4, 5, 6, 0, 13);
		assertThat(Pages.of(0, 0, 20)).isEqualTo(new Pages(1, 1, 0, 0, List.of(1)));
		assertThat(Pages.of(99, 41, 20)).isEqualTo(new Pages(3, 3, 40, 41, List.of(1, 2, 3)));
	}

	@Order(1)
	static class PlanLinks implements GovernmentPageLinks {

		@Override
		public List<PageLink> linksFor(long governmentId, Locale locale) {
			return List.of(new PageLink("/governments/52210/plans/2025", "2025 plan (" + governmentId + ")"));
		}
	}

	@Order(2)
	static class ResultLinks implements GovernmentPageLinks {

		@Override
		public List<PageLink> linksFor(long governmentId, Locale locale) {
			return List.of(new PageLink("/governments/52210/results/2024",
					Locale.ENGLISH.equals(locale) ? "2024 results" : "2024년 추진실적"));
		}
	}

	/** A directory that knows 김제시 only, under both its codes. */
	private static DirectorySnapshot onlyGimje() {
		Government before = new Government(7, "45210", "김제시", "Gimje-si", "basic", "city", "45000",
				LocalDate.of(1995, 1, 1), LocalDate.of(2024, 1, 17));
		return new DirectorySnapshot(List.of(before, GIMJE),
				Map.of("52210", new GovernmentDirectory.Succession(List.of("45210"), List.of()), "45210",
						new GovernmentDirectory.Succession(List.of(), List.of("52210"))));
	}
}
