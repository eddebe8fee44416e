package kr.jobgoal.result.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kr.jobgoal.region.Government;
import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.AnnualRollUp;
import kr.jobgoal.result.IndicatorResult;
import kr.jobgoal.result.ResultTotals;
import kr.jobgoal.result.api.ResultApiController;
import kr.jobgoal.result.service.ResultMap;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.OfficialValue;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * What each chart draws, as JSON for {@code /js/result-charts.js}, and the one-sentence summary that goes
 * beside it. Decimals travel as strings; labels come from the message bundle in the page's language.
 */
@Component
public class ResultCharts {

	public static final String MUNICIPALITIES = "/maps/municipalities-2018.geojson";

	private final MessageSource messages;

	private final ResultFormat format;

	private final ResourceUrlProvider assets;

	private final JsonMapper json = JsonMapper.builder().build();

	public ResultCharts(MessageSource messages, ResultFormat format, ResourceUrlProvider assets) {
		this.messages = messages;
		this.format = format;
		this.assets = assets;
	}

	/** A chart: its JSON and the sentence that says what it shows. */
	public record Chart(String json, String summary) {
	}

	/** A trend chart and the values it draws, for its data table. */
	public record Trend(Chart chart, List<Point> points) {
	}

	/** One value of a series: its period in words (2020년 하반기) and the value as published. */
	public record Point(String period, BigDecimal value) {
	}

	public static String name(Government g, Locale locale) {
		return "en".equals(locale.getLanguage()) ? g.nameEn() : g.nameKo();
	}

	/** Target against actual, program by program. */
	public Chart programs(AnnualResults r, Locale locale) {
		List<AnnualResults.ProgramResult> programs = r.programs();
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("kind", "bars");
		spec.put("categories", programs.stream().map(AnnualResults.ProgramResult::name).toList());
		spec.put("series", List.of(
				Map.of("name", msg("result.chart.target", locale), "values",
						programs.stream().map(p -> ResultApiController.decimal(p.jobTarget())).toList()),
				Map.of("name", msg("result.chart.actual", locale), "values",
						programs.stream().map(p -> ResultApiController.decimal(p.jobsCreated())).toList())));
		long met = programs.stream().filter(p -> p.achievement().met()).count();
		long rated = programs.stream().filter(p -> p.achievement().hasRate()).count();
		String summary;
		if (rated == 0) {
			summary = msg("result.chart.programs.summary.none", locale, programs.size());
		}
		else {
			AnnualResults.ProgramResult best = programs.stream()
				.filter(p -> p.achievement().hasRate())
				.min(Comparator.comparing(AnnualResults.ProgramResult::achievement, Achievement.HIGHEST_FIRST))
				.orElseThrow();
			summary = msg("result.chart.programs.summary", locale, programs.size(), rated, met, best.name(),
					format.rate(best.achievement()));
		}
		return new Chart(write(spec), summary);
	}

	/**
	 * An official indicator's values over the periods, with the year's target as a line.
	 *
	 * @param published every value published for the government (all indicators, oldest first)
	 */
	public Trend trend(AnnualResults r, IndicatorResult indicator, String label, Locale locale,
			List<OfficialValue> published) {
		Indicator wanted = Indicator.valueOf(indicator.indicator());
		List<Point> points = published.stream()
			.filter(v -> v.indicator() == wanted)
			.map(v -> new Point(v.period().words(locale), v.value()))
			.toList();
		List<String> periods = points.stream().map(Point::period).toList();
		List<String> values = points.stream().map(p -> p.value().toPlainString()).toList();
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("kind", "line");
		spec.put("categories", periods);
		spec.put("series", List.of(Map.of("name", label, "values", values)));
		if (indicator.targetValue() != null) {
			spec.put("target", indicator.targetValue().toPlainString());
			spec.put("targetLabel", msg("result.chart.targetLine", locale, r.year(), format.number(indicator.targetValue())));
		}
		String summary;
		if (indicator.actualValue() == null) {
			summary = msg("result.chart.trend.summary.none", locale, label, r.year(), periods.size());
		}
		else {
			String unit = unit(indicator, locale);
			summary = msg("result.chart.trend.summary", locale, label, Period.words(indicator.period(), locale),
					format.number(indicator.actualValue()) + unit,
					indicator.targetValue() == null ? Achievement.NONE : format.number(indicator.targetValue()) + unit,
					format.signed(indicator.gapToTarget()) + (indicator.isRate() ? "%p" : unit),
					msg(format.met(indicator.met()), locale));
		}
		return new Trend(new Chart(write(spec), summary), points);
	}

	/** The unit as written after a value: {@code %}, {@code 천명} … */
	public String unit(IndicatorResult indicator, Locale locale) {
		return messages.getMessage("result.unit." + indicator.unit(), null, indicator.unit(), locale);
	}

	/** The municipalities map coloured by achievement; {@code parents} limits it to provinces' areas. */
	public Chart map(List<ResultMap.Area> areas, List<String> parents, Locale locale, String summary) {
		List<Map<String, Object>> items = new ArrayList<>();
		for (ResultMap.Area area : areas) {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("code", area.featureCode());
			AnnualRollUp r = area.results();
			if (r != null) {
				item.put("name", name(r.government(), locale));
				item.put("rate", r.achievement().rate());
				item.put("display", format.rate(r.achievement()));
				item.put("status", msg(format.status(r.achievement()), locale));
				item.put("href", "/governments/" + r.government().code() + "/results/" + r.year());
			}
			items.add(item);
		}
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("kind", "map");
		// the content-hashed address, so that browsers keep the 1 MB map for a year (resolved once, then cached)
		String geojson = assets.getForLookupPath(MUNICIPALITIES);
		spec.put("geojson", geojson != null ? geojson : MUNICIPALITIES);
		spec.put("parents", parents);
		spec.put("items", items);
		spec.put("noData", msg("result.map.noData", locale));
		spec.put("pieces", List.of(
				Map.of("lt", 80, "label", msg("result.map.piece.under80", locale)),
				Map.of("gte", 80, "lt", 100, "label", msg("result.map.piece.80to100", locale)),
				Map.of("gte", 100, "lt", 150, "label", msg("result.map.piece.100to150", locale)),
				Map.of("gte", 150, "label", msg("result.map.piece.over150", locale))));
		return new Chart(write(spec), summary);
	}

	/** {@code 2020년 실적을 낸 … 달성률은 …} for a group of governments. */
	public String rollUpSummary(String scope, int year, ResultTotals totals, List<AnnualRollUp> ranked, Locale locale) {
		if (totals.reported() == 0) {
			return msg("result.chart.map.summary.none", locale, scope, year, totals.disclosed());
		}
		AnnualRollUp best = ranked.get(0);
		AnnualRollUp worst = ranked.get(ranked.size() - 1);
		return msg("result.chart.map.summary", locale, scope, year, totals.reported(), format.rate(totals.achievement()),
				name(best.government(), locale), format.rate(best.achievement()), name(worst.government(), locale),
				format.rate(worst.achievement()));
	}

	public String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String write(Object spec) {
		return json.writeValueAsString(spec);
	}
}
