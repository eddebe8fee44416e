package kr.jobgoal.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.service.PlanOverviews;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.GovernmentPageLinks;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a government's page: its disclosed plans, latest first, each under the code the government had then, and all its plans. */
@Component
@Order(10)
public class PlanGovernmentLinks implements GovernmentPageLinks {

	private final PlanOverviews plans;

	private final GovernmentDirectory directory;

	private final PlanMessages messages;

	private final Clock clock;

	public PlanGovernmentLinks(PlanOverviews plans, GovernmentDirectory directory, PlanMessages messages, Clock clock) {
		this.clock = clock;
		this.plans = plans;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<PageLink> linksFor(long governmentId, Locale locale) {
		List<PageLink> links = new ArrayList<>();
		List<Government> history = directory.codeHistory(governmentId);
		for (PlanPeriod period : plans.disclosedPeriodsOf(governmentId)) {
			DirectorySnapshot.periodOn(history, period.referenceDate())
				.ifPresent(g -> links.add(new PageLink("/governments/" + g.code() + "/plans/" + period.slug(),
						PlanPages.periodLabel(period, messages, locale))));
		}
		DirectorySnapshot.periodOn(history, LocalDate.now(clock))
			.filter(g -> !links.isEmpty() || g.isMetro())
			.ifPresent(g -> links.add(new PageLink("/governments/" + g.code() + "/plans",
					messages.get(g.isMetro() ? "plan.links.province" : "plan.links.all", locale))));
		return links;
	}
}
