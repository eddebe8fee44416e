package kr.jobgoal.statistics.csv;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.Period;
import kr.jobgoal.shared.TextRule;
import kr.jobgoal.statistics.GovernmentNames;
import kr.jobgoal.statistics.ImportProblem;
import kr.jobgoal.statistics.IncomingValue;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.ValueKey;
import org.springframework.stereotype.Component;

/**
 * Reads Jobgoal's own CSV: {@code governmentCode,indicator,period,value,unit,source}, one value per row. Any
 * code a government ever had is accepted (45210 and 52210 are both 김제시), as long as the government existed
 * during the period.
 */
@Component
public class JobgoalCsvReader {

	public static final List<String> HEADER = List.of("governmentCode", "indicator", "period", "value", "unit", "source");

	static final int MAX_SOURCE_LENGTH = 300;

	/** A decimal as published: bounded in length, so that no value is expensive to read (numeric column, no exponent). */
	static final Pattern DECIMAL = Pattern.compile("\\d{1,20}(\\.\\d{1,10})?");

	private static final Pattern CODE = Pattern.compile("\\d{5}");

	private final GovernmentDirectory directory;

	JobgoalCsvReader(GovernmentDirectory directory) {
		this.directory = directory;
	}

	public static boolean isJobgoalHeader(List<String> header) {
		return header.equals(HEADER);
	}

	public ReadResult read(CsvFile file) {
		List<IncomingValue> values = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<ValueKey, Integer> rowOfKey = new HashMap<>();
		Map<String, Optional<Government>> governments = new HashMap<>();
		Map<Long, List<Government>> histories = new HashMap<>();
		for (CsvFile.Row row : file.dataRows()) {
			List<ImportProblem> rowProblems = new ArrayList<>();
			if (row.cells().size() != HEADER.size()) {
				problems.add(new ImportProblem(row.number(), "행 전체",
						"칸이 " + row.cells().size() + "개입니다. 머리글과 같이 " + HEADER.size() + "개(" + String.join(", ", HEADER)
								+ ")여야 합니다. 쉼표가 든 값은 큰따옴표로 감싸세요."));
				continue;
			}
			String code = row.cell(0);
			Government government = null;
			if (!CODE.matcher(code).matches()) {
				rowProblems.add(problem(row, 0, "지자체 코드 '" + code + "'" + KoreanParticles.after(code, "은") + " 5자리 숫자가 아닙니다. 예: 52210"));
			}
			else {
				government = governments.computeIfAbsent(code, c -> GovernmentNames.byAnyCode(directory, c)).orElse(null);
				if (government == null) {
					rowProblems.add(problem(row, 0, "코드 '" + code + "'인 지자체가 없습니다. 행정표준코드(예: 52210)를 쓰세요."));
				}
			}
			Indicator indicator = null;
			try {
				indicator = Indicator.parse(row.cell(1));
			}
			catch (IllegalArgumentException e) {
				rowProblems.add(problem(row, 1, e.getMessage()));
			}
			Period period = null;
			try {
				period = Period.parse(row.cell(2));
			}
			catch (IllegalArgumentException e) {
				rowProblems.add(problem(row, 2, e.getMessage()));
			}
			if (government != null && period != null && !existedDuring(histories.computeIfAbsent(government.id(), directory::codeHistory), period)) {
				rowProblems.add(problem(row, 0, "'" + code + "' " + government.nameKo() + KoreanParticles.after(government.nameKo(), "은") + " " + period + "에 있던 지자체가 아닙니다."));
			}
			BigDecimal value = null;
			if (!DECIMAL.matcher(row.cell(3)).matches()) {
				rowProblems.add(problem(row, 3, "값 '" + shown(row.cell(3)) + "'" + KoreanParticles.after(shown(row.cell(3)), "은") + " 숫자가 아니거나 너무 깁니다. 쉼표·단위·부호 없이 정수 20자리, 소수 10자리까지 쓰세요. 예: 71.0"));
			}
			else {
				if (indicator != null) {
					NumberBound.Checked checked = indicator.bound().check(new BigDecimal(row.cell(3)));
					if (checked.accepted()) {
						value = checked.value();
					}
					else {
						rowProblems.add(problem(row, 3, indicator.refusalKo(row.cell(3), checked.refusal())));
					}
				}
			}
			if (indicator != null && !indicator.unit().equals(row.cell(4))) {
				rowProblems.add(problem(row, 4, "지표 " + indicator + "의 단위는 '" + indicator.unit() + "'입니다 ('" + row.cell(4) + "'" + KoreanParticles.after(row.cell(4), "이") + " 아님)."));
			}
			TextRule.Checked checkedSource = TextRule.check(row.cell(5), TextRule.Kind.NAME, MAX_SOURCE_LENGTH);
			String source = checkedSource.value() == null ? "" : checkedSource.value();
			if (!checkedSource.accepted()) {
				rowProblems.add(problem(row, 5, checkedSource.messageKo("출처", MAX_SOURCE_LENGTH)));
			}
			else if (source.isEmpty()) {
				rowProblems.add(problem(row, 5, "출처가 비어 있습니다. 값을 공표한 기관과 자료(예: 통계청 지역별고용조사)를 쓰세요."));
			}
			if (rowProblems.isEmpty()) {
				ValueKey key = new ValueKey(government.id(), indicator, period);
				Integer earlier = rowOfKey.putIfAbsent(key, row.number());
				if (earlier != null) {
					rowProblems.add(new ImportProblem(row.number(), "행 전체",
							"같은 지자체·지표·기간의 값이 " + earlier + "행에 이미 있습니다."));
				}
				else {
					values.add(new IncomingValue(key, value, indicator.unit(), source, null));
				}
			}
			problems.addAll(rowProblems);
		}
		if (file.dataRows().isEmpty()) {
			problems.add(new ImportProblem(1, "파일", "머리글 아래에 값이 한 줄도 없습니다."));
		}
		return new ReadResult(values, problems, 0, 0);
	}

	/** Whether the government existed on some day of the period, under any of its codes (oldest first). */
	private static boolean existedDuring(List<Government> history, Period period) {
		Government last = history.get(history.size() - 1);
		return !history.get(0).validFrom().isAfter(period.end())
				&& (last.validTo() == null || !last.validTo().isBefore(period.start()));
	}

	private static ImportProblem problem(CsvFile.Row row, int column, String message) {
		return new ImportProblem(row.number(), HEADER.get(column), message);
	}

	/** A cell as the user wrote it, shortened for a message. */
	private static String shown(String cell) {
		return cell.length() > 30 ? cell.substring(0, 30) + "…" : cell;
	}
}
