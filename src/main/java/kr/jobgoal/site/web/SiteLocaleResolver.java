package kr.jobgoal.site.web;

import java.time.Duration;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kr.jobgoal.shared.ErrorAudience;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language chosen with {@code ?lang=}, kept in a cookie. Only Korean and English exist: anything else
 * (a tampered cookie, {@code ?lang=fr}) is Korean, so that {@code <html lang>} always matches the text.
 * API clients have no cookie: for {@code /api} their {@code Accept-Language} picks the language of problems.
 */
public class SiteLocaleResolver extends CookieLocaleResolver {

	public static final String COOKIE = "jobgoal-lang";

	SiteLocaleResolver() {
		super(COOKIE);
		setCookieMaxAge(Duration.ofDays(365));
		setCookieSameSite("Lax");
		// no script reads it; the language links carry ?lang= instead
		setCookieHttpOnly(true);
		setDefaultLocaleFunction(request -> ErrorAudience.requestedPath(request).startsWith("/api/")
				? ErrorAudience.problemLocale(request) : Locale.KOREAN);
	}

	static Locale supported(Locale locale) {
		return locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH
				: Locale.KOREAN;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(super.resolveLocale(request));
	}

	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		LocaleContext resolved = super.resolveLocaleContext(request);
		return new TimeZoneAwareLocaleContext() {
			@Override
			public Locale getLocale() {
				return supported(resolved.getLocale());
			}

			@Override
			public TimeZone getTimeZone() {
				return resolved instanceof TimeZoneAwareLocaleContext zoned ? zoned.getTimeZone() : null;
			}
		};
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		Locale chosen = localeContext == null ? null : localeContext.getLocale();
		super.setLocaleContext(request, response, chosen == null ? null : new SimpleLocaleContext(supported(chosen)));
	}
}
