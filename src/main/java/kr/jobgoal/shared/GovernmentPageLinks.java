package kr.jobgoal.shared;

import java.util.List;
import java.util.Locale;

/**
 * A module's links on a government's public page ({@code /governments/{code}}), contributed as a bean:
 * the region module renders the links of every such bean, in bean order, without knowing the modules.
 * For example the plan module links each year's disclosed plan.
 */
public interface GovernmentPageLinks {

	/**
	 * The links to show for the government (its stable identity, the same across code changes), labelled
	 * in the given locale; an empty list when the module has nothing for it.
	 */
	List<PageLink> linksFor(long governmentId, Locale locale);

	/** A link with its visible text; {@code href} is a path inside the site, e.g. {@code /governments/52210/plans/2024}. */
	record PageLink(String href, String label) {
	}
}
