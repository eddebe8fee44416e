package kr.jobgoal.plan;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Numbers and times as people read them in plans (3,000 / 71.0 / 120,000,000; Korean time), exactly; the pages
 * use it as {@code @planFormat}.
 */
@Component("planFormat")
public class PlanFormat {

	public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SEOUL);

	/** Thousands separators, every decimal the value has and no more. */
	public static String number(BigDecimal value) {
		if (value == null) {
			return "–";
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setMinimumFractionDigits(Math.max(0, value.scale()));
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		return format.format(value);
	}

	/** Korean time, minutes. */
	public static String time(Instant instant) {
		return instant == null ? "–" : TIME.format(instant);
	}

	public String num(BigDecimal value) {
		return number(value);
	}

	public String at(Instant instant) {
		return time(instant);
	}
}
