package kr.jobgoal.result.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.service.ResultBook;
import kr.jobgoal.shared.Period;
import org.springframework.stereotype.Component;

/** How figures look on the pages (used from the templates as {@code @resultFormat}). */
@Component("resultFormat")
public class ResultFormat {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Achievement.Display display;

	public ResultFormat(Achievement.Display display) {
		this.display = display;
	}

	/** With thousands separators and the scale the figure has (6,396; 71.0); {@code –} for none. */
	public String number(BigDecimal value) {
		if (value == null) {
			return Achievement.NONE;
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		return format.format(value);
	}

	/** A period in words ({@code 2020년 하반기}, {@code 2020 H2}); {@code –} for none. */
	public String period(String period, Locale locale) {
		return period == null ? Achievement.NONE : Period.words(period, locale);
	}

	/** A difference with its sign: {@code +0.8}, {@code −1.2}, {@code 0.0}. */
	public String signed(BigDecimal value) {
		if (value == null) {
			return Achievement.NONE;
		}
		String digits = number(value.abs());
		return value.signum() > 0 ? "+" + digits : value.signum() < 0 ? "−" + digits : digits;
	}

	/** A moment as Korean local time, e.g. {@code 2021-02-10 10:00}. */
	public String time(OffsetDateTime moment) {
		return moment == null ? Achievement.NONE : TIME.format(moment.atZoneSameInstant(ResultBook.SEOUL));
	}

	/** The achievement rate as the display setting shows it ({@code 213%}), {@code –} without one. */
	public String rate(Achievement achievement) {
		return achievement.display(display);
	}

	/** The message key of the status word: 달성, 미달 or 해당 없음. */
	public String status(Achievement achievement) {
		return !achievement.hasRate() ? "result.status.none" : achievement.met() ? "result.status.met" : "result.status.notMet";
	}

	/** The same for an indicator (lower is better for 실업률). */
	public String met(Boolean met) {
		return met == null ? "result.status.none" : met ? "result.status.met" : "result.status.notMet";
	}

	/** The KRDS badge colour that goes with the status word (never on its own). */
	public String badge(String statusKey) {
		return switch (statusKey) {
			case "result.status.met" -> "bg-light-success";
			case "result.status.notMet" -> "bg-light-danger";
			default -> "bg-light-gray";
		};
	}

	public Achievement.Display display() {
		return display;
	}
}
