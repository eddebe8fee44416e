package kr.jobgoal.plan.web;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.PlanInput.StrategyInput;
import kr.jobgoal.plan.PlanInput.TargetInput;

/**
 * A change to the editor's form that is not saved yet: add, remove or move a target, strategy or program.
 * Written {@code addProgram:0}, {@code moveProgramUp:1:2} and the like, the value of the button pressed.
 *
 * @param focus the id of the field or button to put the keyboard focus on afterwards
 * @param statusCode the message announcing what happened
 */
public record EditorOperation(String focus, String statusCode) {

	/** Applies the operation to the form; empty for an operation that does not apply (e.g. a stale index). */
	public static Optional<EditorOperation> apply(DraftForm form, String op) {
		if (op == null) {
			return Optional.empty();
		}
		String[] parts = op.split(":");
		try {
			int a = parts.length > 1 ? Integer.parseInt(parts[1]) : -1;
			int b = parts.length > 2 ? Integer.parseInt(parts[2]) : -1;
			List<StrategyInput> strategies = form.getStrategies();
			List<TargetInput> targets = form.getTargets();
			return Optional.ofNullable(switch (parts[0]) {
				case "addTarget" -> {
					targets.add(new TargetInput());
					yield new EditorOperation(EditorView.id("targets[" + (targets.size() - 1) + "].indicator"),
							"plan.editor.done.addTarget");
				}
				case "removeTarget" -> {
					targets.remove(a);
					yield new EditorOperation("add-target", "plan.editor.done.removeTarget");
				}
				case "addStrategy" -> {
					strategies.add(new StrategyInput());
					yield new EditorOperation(EditorView.id("strategies[" + (strategies.size() - 1) + "].title"),
							"plan.editor.done.addStrategy");
				}
				case "removeStrategy" -> {
					strategies.remove(a);
					yield new EditorOperation("add-strategy", "plan.editor.done.removeStrategy");
				}
				case "moveStrategyUp", "moveStrategyDown" -> {
					boolean up = parts[0].endsWith("Up");
					int to = up ? a - 1 : a + 1;
					Collections.swap(strategies, a, to);
					yield new EditorOperation(moveButton("strategies[" + to + "]", up, to, strategies.size()),
							"plan.editor.done.moveStrategy");
				}
				case "addProgram" -> {
					List<ProgramInput> programs = strategies.get(a).getPrograms();
					programs.add(new ProgramInput());
					yield new EditorOperation(
							EditorView.id("strategies[" + a + "].programs[" + (programs.size() - 1) + "].name"),
							"plan.editor.done.addProgram");
				}
				case "removeProgram" -> {
					strategies.get(a).getPrograms().remove(b);
					yield new EditorOperation(EditorView.id("strategies[" + a + "]") + "-add-program",
							"plan.editor.done.removeProgram");
				}
				case "moveProgramUp", "moveProgramDown" -> {
					List<ProgramInput> programs = strategies.get(a).getPrograms();
					boolean up = parts[0].endsWith("Up");
					int to = up ? b - 1 : b + 1;
					Collections.swap(programs, b, to);
					yield new EditorOperation(
							moveButton("strategies[" + a + "].programs[" + to + "]", up, to, programs.size()),
							"plan.editor.done.moveProgram");
				}
				default -> null;
			});
		}
		catch (IndexOutOfBoundsException | NumberFormatException e) {
			// a button of a form older than the list it acts on: nothing to do
			return Optional.empty();
		}
	}

	/** After a move the focus stays on the moved item's button in the same direction, if it still has one. */
	private static String moveButton(String path, boolean up, int index, int size) {
		boolean keepsDirection = up ? index > 0 : index < size - 1;
		return EditorView.id(path) + (up == keepsDirection ? "-up" : "-down");
	}
}
