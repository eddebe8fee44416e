package kr.jobgoal.site.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who runs this installation and how to reach them, as the footer and the privacy policy name them
 * ({@code jobgoal.site.operator}, {@code jobgoal.site.contact}). Unset, the pages name the ministry and its call
 * centre in the page's language (messages {@code layout.footer.operator.default} and
 * {@code layout.footer.contact.default}).
 */
@Component("siteOperator")
public class SiteOperator {

	private final String operator;

	private final String contact;

	SiteOperator(@Value("${jobgoal.site.operator:}") String operator, @Value("${jobgoal.site.contact:}") String contact) {
		this.operator = StringUtils.hasText(operator) ? operator.strip() : null;
		this.contact = StringUtils.hasText(contact) ? contact.strip() : null;
	}

	/** The operator as configured, or null for the default. */
	public String operator() {
		return operator;
	}

	/** The contact as configured, or null for the default. */
	public String contact() {
		return contact;
	}
}
