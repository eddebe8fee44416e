package kr.jobgoal.plan.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kr.jobgoal.plan.PlanFormat;
import kr.jobgoal.plan.PlanInput.BudgetInput;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanValidator;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.shared.NumberBound;

/**
 * What the editor page needs besides the form: element ids for field paths, the problems by field (in the
 * reader's language), where the focus goes and what to announce after an edit.
 */
public class EditorView {

	private static final Pattern PROGRAM = Pattern.compile("strategies\\[(\\d+)]\\.programs\\[(\\d+)]\\.(.+)");

	private static final Pattern STRATEGY = Pattern.compile("strategies\\[(\\d+)]\\.(.+)");

	private static final Pattern TARGET = Pattern.compile("targets\\[(\\d+)]\\.(.+)");

	/** One problem for the summary at the top, linking to its field. */
	public record Problem(String id, String where, String message) {
	}

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final List<Problem> summary;

	private final String focus;

	private final String status;

	public EditorView(List<Violation> violations, PlanMessages messages, Locale locale, String focus, String status) {
		violations.forEach(v -> errors.merge(v.field(), messages.message(v, locale), (a, b) -> a + " " + b));
		this.summary = errors.entrySet()
			.stream()
			.map(e -> new Problem(id(e.getKey()), where(e.getKey(), messages, locale), e.getValue()))
			.toList();
		this.focus = focus;
		this.status = status;
	}

	/** The element id of a field path: {@code strategies[0].programs[1].name} → {@code strategies-0-programs-1-name}. */
	public static String id(String path) {
		return path.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
	}

	public String fieldId(String path) {
		return id(path);
	}

	public boolean hasError(String path) {
		return errors.containsKey(path);
	}

	public String error(String path) {
		return errors.get(path);
	}

	public List<Problem> getSummary() {
		return summary;
	}

	public String getFocus() {
		return focus;
	}

	public String getStatus() {
		return status;
	}

	/** Whether the focus goes to this element after an edit, or (after a failed save) to the problem summary. */
	public boolean focused(String id) {
		return id.equals(focus);
	}

	/**
	 * Whether a program's row is shown open in the editor: a new program, one without a name yet, one with a
	 * problem, or the one the focus goes to after an edit. The others show as one line (number, name, jobs,
	 * budget) that opens on a click, so that a plan of forty programs is not one long form.
	 */
	public boolean expanded(String programPath, ProgramInput program) {
		String programId = id(programPath);
		return program.getId() == null || program.getId().isBlank() || program.getName() == null
				|| program.getName().isBlank() || errors.keySet().stream().anyMatch(k -> k.startsWith(programPath + "."))
				|| (focus != null && focus.startsWith(programId + "-"));
	}

	/** A program's budget total as typed so far, or a dash while a source is not a number yet. */
	public String budgetTotal(BudgetInput budget) {
		BigDecimal total = BigDecimal.ZERO;
		for (String part : new String[] { budget.getNational(), budget.getProvincial(), budget.getLocal(),
				budget.getOther() }) {
			NumberBound.Checked value = PlanValidator.BUDGET_SOURCE.parse(part);
			if (!value.accepted()) {
				return "–";
			}
			total = total.add(value.value());
		}
		return PlanFormat.number(total);
	}

	/** "전략 1 › 사업 2 › 국비": where a field is, for the summary. */
	private static String where(String path, PlanMessages messages, Locale locale) {
		Matcher m = PROGRAM.matcher(path);
		if (m.matches()) {
			return messages.get("plan.editor.where.program", locale, number(m.group(1)), number(m.group(2)),
					label(m.group(3), messages, locale));
		}
		m = STRATEGY.matcher(path);
		if (m.matches()) {
			return messages.get("plan.editor.where.strategy", locale, number(m.group(1)), label(m.group(2), messages, locale));
		}
		m = TARGET.matcher(path);
		if (m.matches()) {
			return messages.get("plan.editor.where.target", locale, number(m.group(1)), label(m.group(2), messages, locale));
		}
		return label(path, messages, locale);
	}

	private static String label(String field, PlanMessages messages, Locale locale) {
		String code = "plan.field." + (field.equals("id") ? "id" : field);
		return messages.get(code, locale);
	}

	private static String number(String index) {
		return Integer.toString(Integer.parseInt(index) + 1);
	}
}
