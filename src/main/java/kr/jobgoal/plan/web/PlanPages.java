package kr.jobgoal.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanDiff;
import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.region.Government;
import kr.jobgoal.statistics.Indicator;
import org.springframework.ui.Model;

/** What the plan pages show, formatted for reading: titles, targets, strategies with programs, changes. */
public final class PlanPages {

	private PlanPages() {
	}

	public record TargetRow(String label, String unit, String baseline, String target) {
	}

	public record ProgramRow(Long id, String name, String type, String subCategory, String department, String jobTarget,
			String national, String provincial, String local, String other, String total) {
	}

	public record StrategyBlock(int number, String title, List<ProgramRow> programs, String jobTargets, String budget) {
	}

	public record ChangeRow(PlanDiff.Kind kind, String kindLabel, String subject, String name, String field, String before,
			String after) {
	}

	public record PeriodLink(PlanPeriod period, String label, Integer latestVersion) {
	}

	public static String name(Government government, Locale locale) {
		return government.name(locale);
	}

	public static String periodLabel(PlanPeriod period, PlanMessages messages, Locale locale) {
		return period.annual() ? messages.get("plan.period.annual", locale, Integer.toString(period.value()))
				: messages.get("plan.period.term", locale, Integer.toString(period.value()),
						Integer.toString(period.start().getYear()), Integer.toString(period.end().getYear()));
	}

	/** "김제시 2020년 연차별 세부계획", "김제시 민선7기 종합계획 (2018–2022)". */
	public static String title(Government government, PlanPeriod period, PlanMessages messages, Locale locale) {
		return messages.get("plan.title", locale, name(government, locale), periodLabel(period, messages, locale));
	}

	public static void heading(Model model, Government government, PlanPeriod period, PlanMessages messages, Locale locale) {
		model.addAttribute("government", government);
		model.addAttribute("governmentName", name(government, locale));
		model.addAttribute("period", period);
		model.addAttribute("planTitle", title(government, period, messages, locale));
		model.addAttribute("base", "/governments/" + government.code() + "/plans/" + period.slug());
	}

	/** A plan's page: a disclosed version, or the draft in the preview. */
	public static void plan(Model model, Government government, StoredVersion version, List<StoredVersion> versions,
			PlanMessages messages, Locale locale) {
		heading(model, government, version.key().period(), messages, locale);
		model.addAttribute("version", version);
		model.addAttribute("versions", versions);
		model.addAttribute("demo", version.demo());
		model.addAttribute("preview", version.draft());
		model.addAttribute("latest", !version.draft() && !versions.isEmpty()
				&& versions.get(versions.size() - 1).version().equals(version.version()));
		content(model, version.content(), messages, locale);
	}

	public static void content(Model model, PlanContent content, PlanMessages messages, Locale locale) {
		model.addAttribute("jobTargetTotal", PlanFormat.number(content.jobTargetTotal()));
		model.addAttribute("targets", content.targets()
			.stream()
			.map(t -> new TargetRow(messages.label(t.indicator(), locale), messages.unit(t.indicator(), locale),
					PlanFormat.number(t.baselineValue()), PlanFormat.number(t.targetValue())))
			.toList());
		List<StrategyBlock> strategies = new ArrayList<>();
		for (int i = 0; i < content.strategies().size(); i++) {
			PlanContent.Strategy s = content.strategies().get(i);
			PlanContent strategyOnly = new PlanContent(List.of(), null, List.of(s));
			strategies.add(new StrategyBlock(i + 1, s.title(),
					s.programs().stream().map(p -> program(p, messages, locale)).toList(),
					PlanFormat.number(strategyOnly.programJobTargetSum()),
					PlanFormat.number(strategyOnly.budgetSum().total())));
		}
		model.addAttribute("strategies", strategies);
		PlanContent.Budget sum = content.budgetSum();
		model.addAttribute("programJobTargets", PlanFormat.number(content.programJobTargetSum()));
		model.addAttribute("budgetSum", new ProgramRow(null, null, null, null, null,
				PlanFormat.number(content.programJobTargetSum()), PlanFormat.number(sum.national()),
				PlanFormat.number(sum.provincial()), PlanFormat.number(sum.local()), PlanFormat.number(sum.other()),
				PlanFormat.number(sum.total())));
	}

	private static ProgramRow program(PlanContent.Program p, PlanMessages messages, Locale locale) {
		PlanContent.Budget b = p.budget();
		return new ProgramRow(p.id(), p.name(), messages.label(p.type(), locale), p.subCategory(), p.department(),
				PlanFormat.number(p.jobTarget()), PlanFormat.number(b.national()), PlanFormat.number(b.provincial()),
				PlanFormat.number(b.local()), PlanFormat.number(b.other()), PlanFormat.number(b.total()));
	}

	public static List<ChangeRow> changes(List<PlanDiff.Change> changes, PlanMessages messages, Locale locale) {
		return changes.stream().map(c -> {
			String name = c.name() == null ? messages.get("plan.diff.subject.TOTAL", locale)
					: c.subject() == PlanDiff.Subject.TARGET
							? messages.label(Indicator.valueOf(c.name()), locale) : c.name();
			return new ChangeRow(c.kind(), messages.get("plan.diff.kind." + c.kind(), locale),
					messages.get("plan.diff.subject." + c.subject(), locale), name,
					c.field() == null ? null : messages.get("plan.field." + c.field(), locale),
					c.kind() == PlanDiff.Kind.ADDED && c.before() == null ? null
							: PlanDiff.value(c, c.before(), messages, locale),
					c.kind() == PlanDiff.Kind.REMOVED && c.after() == null ? null
							: PlanDiff.value(c, c.after(), messages, locale));
		}).toList();
	}
}
