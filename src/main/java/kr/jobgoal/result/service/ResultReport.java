package kr.jobgoal.result.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import kr.jobgoal.document.HwpxDocument;
import kr.jobgoal.document.HwpxDocument.Column;
import kr.jobgoal.document.HwpxDocument.Row;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.result.Achievement;
import kr.jobgoal.result.AnnualResults;
import kr.jobgoal.result.AnnualResults.ProgramResult;
import kr.jobgoal.result.AnnualResults.StrategyResult;
import kr.jobgoal.result.IndicatorResult;
import kr.jobgoal.result.Results;
import kr.jobgoal.shared.Period;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results report (추진실적) of a government's year as an HWPX (한글) document in Korean, as the results page
 * shows it: the totals against the plan's job target, each strategy's programs with their target, jobs created,
 * achievement and budget executed, and the headline indicators against the official values. Achievement follows
 * {@link Achievement} and the display setting, as everywhere (639 of 438 is 145%, cut, not rounded). A year with
 * demo data says so at its top and bottom, so that a printed copy is never taken for a real report.
 */
@Component
public class ResultReport {

	/** What a report with demo data carries, as the award notices and plan documents mark theirs. */
	public static final String DEMO_MARK = "[시연용 데이터]";

	private static final Locale KOREAN = Locale.KOREAN;

	private final Results results;

	private final Achievement.Display display;

	private final MessageSource messages;

	public ResultReport(Results results, Achievement.Display display, MessageSource messages) {
		this.results = results;
		this.display = display;
		this.messages = messages;
	}

	/** "김제시 2020년 일자리 추진실적", as the results page is titled in Korean. */
	public String title(AnnualResults r) {
		return text("result.page.heading", r.government().nameKo(), r.year());
	}

	public byte[] hwpx(AnnualResults r) {
		HwpxDocument document = HwpxDocument.titled(title(r));
		if (r.demo()) {
			document.paragraph(DEMO_MARK + " " + text("result.demo.note"));
		}
		Achievement total = r.achievement();
		List<Row> summary = new ArrayList<>();
		summary.add(new Row("지자체", r.government().nameKo() + " (" + r.government().code() + ")"));
		summary.add(new Row(text("result.summary.plan"), text("result.summary.planVersion", r.year(), r.planVersion())));
		summary.add(new Row(text("result.summary.target"), PlanFormat.number(r.jobTargetTotal())));
		summary.add(new Row(text("result.summary.actual"), PlanFormat.number(r.jobsCreatedTotal())));
		summary.add(new Row(text("result.summary.rate"), total.display(display)
				+ (total.hasRate() ? " " + text("result.summary.exact", total.rate()) : "")));
		summary.add(new Row(text("result.summary.budget"), r.budgetExecutedTotal() == null ? text("result.none")
				: text("result.won", PlanFormat.number(r.budgetExecutedTotal()))));
		document.table(summary);

		document.paragraph(text("result.programs.title"));
		List<Column> columns = List.of(Column.text(text("result.col.program")), Column.text(text("result.col.type")),
				Column.figures(text("result.col.target")), Column.figures(text("result.col.actual")),
				Column.figures(text("result.col.rate")), Column.figures(text("result.col.budget")));
		for (int i = 0; i < r.strategies().size(); i++) {
			StrategyResult s = r.strategies().get(i);
			document.paragraph(text("plan.page.strategy", i + 1, s.title()));
			List<List<String>> rows = new ArrayList<>();
			for (ProgramResult p : s.programs()) {
				rows.add(List.of(p.name(), text("plan.programType." + p.type()), PlanFormat.number(p.jobTarget()),
						PlanFormat.number(p.jobsCreated()), p.achievement().display(display),
						PlanFormat.number(p.budgetExecuted())));
			}
			BigDecimal executed = s.programs().stream().map(ProgramResult::budgetExecuted).filter(Objects::nonNull)
				.reduce(BigDecimal::add).orElse(null);
			rows.add(List.of("소계", "", PlanFormat.number(s.jobTarget()), PlanFormat.number(s.jobsCreated()),
					s.achievement().display(display), PlanFormat.number(executed)));
			document.table(columns, rows);
		}
		document.paragraph(text("result.programs.note"));

		List<IndicatorResult> indicators = results.indicators(r);
		if (!indicators.isEmpty()) {
			document.paragraph(text("result.indicators.title"));
			document.table(List.of(Column.text(text("result.col.indicator")), Column.figures(text("result.col.baseline")),
					Column.figures(text("result.col.target")), Column.figures(text("result.col.actualValue")),
					Column.text(text("result.col.period")), Column.text(text("result.col.status")),
					Column.text(text("result.col.source"))), indicators.stream().map(this::indicator).toList());
			document.paragraph(text("result.indicators.note"));
		}
		document.paragraph("입력·정정 이력과 비슷한 지자체와의 비교는 누리집(/governments/" + r.government().code() + "/results/"
				+ r.year() + ")에서 볼 수 있습니다.");
		if (r.demo()) {
			document.paragraph(DEMO_MARK);
		}
		return document.toBytes();
	}

	private List<String> indicator(IndicatorResult i) {
		String unit = text("result.unit." + i.unit());
		Boolean met = i.met();
		return List.of(text("plan.indicator." + i.indicator()), withUnit(i.baselineValue(), unit),
				withUnit(i.targetValue(), unit),
				i.actualValue() == null ? text("result.notPublished") : withUnit(i.actualValue(), unit),
				i.period() == null ? text("result.none") : Period.words(i.period(), KOREAN),
				text(met == null ? "result.status.none" : met ? "result.status.met" : "result.status.notMet"),
				i.source() == null ? text("result.none") : i.source());
	}

	private String withUnit(BigDecimal value, String unit) {
		return value == null ? text("result.none") : PlanFormat.number(value) + unit;
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, KOREAN);
	}
}
