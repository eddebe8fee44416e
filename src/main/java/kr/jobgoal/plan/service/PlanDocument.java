package kr.jobgoal.plan.service;

import java.util.ArrayList;
import java.util.List;

import kr.jobgoal.document.HwpxDocument;
import kr.jobgoal.document.HwpxDocument.Column;
import kr.jobgoal.document.HwpxDocument.Row;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.region.Government;
import org.springframework.stereotype.Component;

/**
 * A disclosed plan as an HWPX (한글) document in Korean, in the order the plan's page shows it: the version and
 * its totals, the headline targets, each strategy's programs with their job targets and budgets, and the budget
 * by source. Numbers are written as the pages write them (3,000 / 71.0 / 1,350,000,000). A demo plan says so at
 * its top and bottom, so that a printed copy is never taken for a real disclosure.
 */
@Component
public class PlanDocument {

	/** What a demo plan's document carries, as the award notices mark theirs. */
	public static final String DEMO_MARK = "[시연용 데이터]";

	private final PlanMessages messages;

	public PlanDocument(PlanMessages messages) {
		this.messages = messages;
	}

	/** "김제시 2020년 연차별 세부계획", as the plan's page is titled in Korean. */
	public String title(Government government, PlanPeriod period) {
		return text("plan.title", government.nameKo(), periodLabel(period));
	}

	/** The document of a disclosed version (never a draft: the API reads disclosed versions only). */
	public byte[] hwpx(Government government, StoredVersion version) {
		PlanContent content = version.content();
		PlanPeriod period = version.key().period();
		HwpxDocument document = HwpxDocument.titled(title(government, period));
		if (version.demo()) {
			document.paragraph(DEMO_MARK + " " + text("plan.demo.note"));
		}
		List<Row> about = new ArrayList<>();
		about.add(new Row("지자체", government.nameKo() + " (" + government.code() + ")"));
		about.add(new Row("계획", periodLabel(period)));
		about.add(new Row("공시 버전", Integer.toString(version.version())));
		about.add(new Row(text("plan.page.disclosedAt"), PlanFormat.time(version.disclosedAt())));
		if (version.reason() != null) {
			about.add(new Row(text("plan.field.reason"), version.reason()));
		}
		about.add(new Row(text("plan.field.jobTargetTotal"),
				PlanFormat.number(content.jobTargetTotal()) + text("plan.unit.jobs")));
		about.add(new Row(text("plan.page.programJobTargets"), PlanFormat.number(content.programJobTargetSum())));
		about.add(new Row(text("plan.page.budgetTotal"), PlanFormat.number(content.budgetSum().total())));
		document.table(about);

		document.paragraph(text("plan.section.targets"));
		if (content.targets().isEmpty()) {
			document.paragraph(text("plan.page.noTargets"));
		}
		else {
			document.table(List.of(Column.text(text("plan.field.indicator")), Column.text(text("plan.field.unit")),
					Column.figures(text("plan.field.baselineValue")), Column.figures(text("plan.field.targetValue"))),
					content.targets().stream()
						.map(t -> List.of(messages.label(t.indicator(), PlanMessages.KOREAN),
								messages.unit(t.indicator(), PlanMessages.KOREAN), PlanFormat.number(t.baselineValue()),
								PlanFormat.number(t.targetValue())))
						.toList());
		}

		document.paragraph(text("plan.section.strategies"));
		if (content.strategies().isEmpty()) {
			document.paragraph(text("plan.page.noStrategies"));
		}
		List<Column> programColumns = List.of(Column.text(text("plan.field.name")), Column.text(text("plan.field.type")),
				Column.text(text("plan.field.department")), Column.figures(text("plan.field.jobTarget")),
				Column.figures(text("plan.field.budget.total") + "(원)"));
		for (int i = 0; i < content.strategies().size(); i++) {
			PlanContent.Strategy strategy = content.strategies().get(i);
			document.paragraph(text("plan.page.strategy", i + 1, strategy.title()));
			List<List<String>> rows = new ArrayList<>();
			for (PlanContent.Program p : strategy.programs()) {
				rows.add(List.of(p.name(), type(p), p.department(), PlanFormat.number(p.jobTarget()),
						PlanFormat.number(p.budget().total())));
			}
			PlanContent only = new PlanContent(List.of(), null, List.of(strategy));
			rows.add(List.of("소계", "", "", PlanFormat.number(only.programJobTargetSum()),
					PlanFormat.number(only.budgetSum().total())));
			document.table(programColumns, rows);
		}

		// the sources of every program's budget added up: a column each would not fit the programs' table on A4
		document.paragraph("재원별 예산 합계(원)");
		PlanContent.Budget sum = content.budgetSum();
		document.table(List.of(Column.figures(text("plan.field.budget.national")),
				Column.figures(text("plan.field.budget.provincial")), Column.figures(text("plan.field.budget.local")),
				Column.figures(text("plan.field.budget.other")), Column.figures(text("plan.field.budget.total"))),
				List.of(List.of(PlanFormat.number(sum.national()), PlanFormat.number(sum.provincial()),
						PlanFormat.number(sum.local()), PlanFormat.number(sum.other()), PlanFormat.number(sum.total()))));
		document.paragraph("공시된 모든 버전과 버전 사이의 변경은 누리집(/governments/" + government.code() + "/plans/"
				+ period.slug() + "/versions)에서 볼 수 있습니다.");
		if (version.demo()) {
			document.paragraph(DEMO_MARK);
		}
		return document.toBytes();
	}

	/** The program type, and the government's own sub-category when it has one: 고용서비스 (고용안정 지원). */
	private String type(PlanContent.Program p) {
		String type = messages.label(p.type(), PlanMessages.KOREAN);
		return p.subCategory() == null ? type : type + " (" + p.subCategory() + ")";
	}

	private String periodLabel(PlanPeriod period) {
		return period.annual() ? text("plan.period.annual", Integer.toString(period.value()))
				: text("plan.period.term", Integer.toString(period.value()), Integer.toString(period.start().getYear()),
						Integer.toString(period.end().getYear()));
	}

	private String text(String code, Object... args) {
		return messages.get(code, PlanMessages.KOREAN, args);
	}
}
