package kr.jobgoal.result.service;

import java.util.List;
import java.util.Locale;

import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.shared.GovernmentPageLinks;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On a government's page: its results of each year that has any, latest first. */
@Component
@Order(400)
public class ResultPageLinks implements GovernmentPageLinks {

	private final FactRepository facts;

	private final GovernmentDirectory directory;

	private final MessageSource messages;

	public ResultPageLinks(FactRepository facts, GovernmentDirectory directory, MessageSource messages) {
		this.facts = facts;
		this.directory = directory;
		this.messages = messages;
	}

	@Override
	public List<PageLink> linksFor(long governmentId, Locale locale) {
		List<Government> history = directory.codeHistory(governmentId);
		return facts.years(governmentId).stream()
			.flatMap(year -> DirectorySnapshot.periodOn(history, ResultBook.referenceDate(year))
				.map(g -> new PageLink("/governments/" + g.code() + "/results/" + year,
						messages.getMessage("result.link.year", new Object[] { year }, locale)))
				.stream())
			.toList();
	}
}
