package kr.jobgoal.evaluation.api;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import kr.jobgoal.evaluation.scoring.Criterion;
import kr.jobgoal.evaluation.scoring.GovernmentInputs;
import kr.jobgoal.evaluation.scoring.IndicatorValues;
import kr.jobgoal.evaluation.scoring.ScoringInput;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.Tier;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import kr.jobgoal.shared.JsonLimits;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NumberBound;
import kr.jobgoal.shared.TextRule;
import kr.jobgoal.statistics.Indicator;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the simulation request of the contract into the engine's input, checking everything before any scoring:
 * the body's size, each value's range and scale, each list's length, each text's length, and that the request
 * is consistent (known methods and indicators, each government in exactly one peer group, the values and
 * scores each criterion needs). Every problem is reported at once, on the field as sent
 * ({@code governments[0].values.JOBS_CREATED.actual}).
 */
final class SimulationRequestReader {

	/** 243 governments × 10 criteria × 5 scores is about 150 KB; ten times that is still a simulation. */
	static final int MAX_BODY_BYTES = JsonLimits.MAX_BODY_BYTES;

	static final int MAX_CRITERIA = 30;

	/** 243 governments today; room for the years before mergers. */
	static final int MAX_GOVERNMENTS = 300;

	static final int MAX_PEER_GROUPS = 50;

	static final int MAX_SCORES = 30;

	static final int MAX_TIERS = 20;

	static final int MAX_NAME = 50;

	private static final Pattern CRITERION_ID = Pattern.compile("[\\p{L}\\p{N}_-]{1,40}");

	private static final Pattern GOVERNMENT_CODE = Pattern.compile("\\d{5}");

	/** Points are given to two decimals; more than 0 and at most 1,000. */
	private static final NumberBound MAX_POINTS = new NumberBound("점", 2, new BigDecimal("0.01"), new BigDecimal("1000"));

	/** The achievement ratio's cap (1.2 = 120%): more than 0, at most 10, four decimals. */
	private static final NumberBound CAP = new NumberBound("", 4, new BigDecimal("0.0001"), BigDecimal.TEN);

	private static final NumberBound PER_PEER_GROUP = new NumberBound("", 0, BigDecimal.ZERO, BigDecimal.valueOf(MAX_GOVERNMENTS));

	/** Evaluators' scores have at most two decimals, like the points. */
	private static final int SCORE_SCALE = 2;

	private static final Set<String> REQUEST_FIELDS = Set.of("criteria", "peerGroups", "governments", "awards");

	private static final Set<String> CRITERION_FIELDS = Set.of("id", "kind", "method", "indicator", "maxPoints", "cap");

	private static final Set<String> GOVERNMENT_FIELDS = Set.of("code", "values", "qualitative");

	private static final Set<String> VALUE_FIELDS = Set.of("target", "actual", "previous");

	private static final Set<String> TIER_FIELDS = Set.of("tier", "perPeerGroup", "incentive");

	private static final JsonMapper EXACT = JsonLimits.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private final List<FieldProblem> errors = new ArrayList<>();

	/** Every criterion id sent, valid or not, so that a bad criterion is reported once and not again per government. */
	private final Set<String> sentCriterionIds = new HashSet<>();

	private final Map<String, Criterion> criteria = new LinkedHashMap<>();

	/** Per qualitative criterion, the range of its scores (0..maxPoints). */
	private final Map<String, NumberBound> scoreBounds = new HashMap<>();

	/** The codes in governments, valid or not; null when the list itself could not be read. */
	private Set<String> sentCodes;

	private SimulationRequestReader() {
	}

	/**
	 * The request body read up to {@link #MAX_BODY_BYTES}, then checked.
	 *
	 * @throws RequestTooLargeException when the body is larger
	 * @throws InvalidInputException with every problem found
	 */
	static ScoringInput read(InputStream body, long declaredLength) throws IOException {
		if (declaredLength > MAX_BODY_BYTES) {
			throw new RequestTooLargeException(MAX_BODY_BYTES);
		}
		byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
		if (bytes.length > MAX_BODY_BYTES) {
			throw new RequestTooLargeException(MAX_BODY_BYTES);
		}
		JsonNode root;
		try {
			root = bytes.length == 0 ? null : EXACT.readTree(bytes);
		}
		catch (NumberFormatException e) {
			throw JsonLimits.refusal(e);
		}
		catch (JacksonException e) {
			InvalidInputException limit = JsonLimits.refusal(e);
			if (limit != null) {
				throw limit;
			}
			String where = e.getLocation() == null ? ""
					: " (" + e.getLocation().getLineNr() + "행 " + e.getLocation().getColumnNr() + "열)";
			throw new InvalidInputException("요청 본문이 올바른 JSON이 아닙니다" + where + ". 같은 이름의 항목을 두 번 쓰지 않았는지도 확인하세요.",
					List.of(new FieldProblem("body", "JSON 객체 {criteria, peerGroups, governments, awards}를 보내세요.")));
		}
		return parse(root);
	}

	/** The request's JSON tree as the engine's input, or every problem in it. */
	static ScoringInput parse(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw new InvalidInputException("요청 본문은 JSON 객체여야 합니다.",
					List.of(new FieldProblem("body", "JSON 객체 {criteria, peerGroups, governments, awards}를 보내세요.")));
		}
		return new SimulationRequestReader().request(root);
	}

	private ScoringInput request(JsonNode root) {
		unknownFields(root, "", REQUEST_FIELDS);
		readCriteria(root.get("criteria"));
		Map<String, String> groupOf = new HashMap<>();
		Map<String, List<String>> peerGroups = readPeerGroups(root.get("peerGroups"), groupOf);
		List<GovernmentInputs> governments = readGovernments(root.get("governments"), groupOf);
		if (sentCodes != null) {
			peerGroups.forEach((group, codes) -> {
				for (int i = 0; i < codes.size(); i++) {
					if (codes.get(i) != null && !sentCodes.contains(codes.get(i))) {
						errors.add(new FieldProblem("peerGroups." + group + "[" + i + "]", "지자체 " + codes.get(i)
								+ "은(는) governments에 없습니다. 점수를 매길 값과 함께 governments에 넣으세요."));
					}
				}
			});
		}
		List<Tier> tiers = readTiers(root.get("awards"));
		if (!errors.isEmpty()) {
			throw new InvalidInputException("평가 모의 계산 요청에 잘못된 값이 " + errors.size() + "개 있습니다. errors의 각 항목을 고쳐 다시 보내세요.",
					errors);
		}
		return new ScoringInput(List.copyOf(criteria.values()), List.copyOf(peerGroups.keySet()), governments, tiers);
	}

	private void readCriteria(JsonNode list) {
		if (boundedArray(list, "criteria", "평가 지표(criteria)", 1, MAX_CRITERIA)) {
			eachObject(list, "criteria", "평가 지표", this::readCriterion);
		}
	}

	private void readCriterion(JsonNode c, String at) {
		int before = errors.size();
		unknownFields(c, at + ".", CRITERION_FIELDS);
		String id = BoundedJson.text(c.get("id"), at + ".id", "지표 id", 40, errors);
		if (id != null && !CRITERION_ID.matcher(id).matches()) {
			errors.add(new FieldProblem(at + ".id", "지표 id는 글자, 숫자, _ 와 - 로 40자까지 씁니다."));
			id = null;
		}
		if (id != null && !sentCriterionIds.add(id)) {
			errors.add(new FieldProblem(at + ".id", "지표 id " + KoreanParticles.attach("'" + id + "'", "이") + " 두 번 나옵니다."));
			id = null;
		}
		BigDecimal maxPoints = BoundedJson.decimal(c.get("maxPoints"), at + ".maxPoints", "배점(maxPoints)", MAX_POINTS, errors);
		String kind = BoundedJson.text(c.get("kind"), at + ".kind", "지표 종류(kind)", 20, errors);
		Criterion criterion = null;
		if ("qualitative".equals(kind)) {
			for (String field : List.of("method", "indicator", "cap")) {
				if (c.has(field)) {
					errors.add(new FieldProblem(at + "." + field,
							"정성 지표(qualitative)는 " + field + " 없이 평가위원 점수의 평균으로 채점합니다."));
				}
			}
			if (errors.size() == before && id != null) {
				criterion = Criterion.qualitative(id, maxPoints);
			}
		}
		else if ("quantitative".equals(kind)) {
			criterion = quantitative(c, at, id, maxPoints, before);
		}
		else if (kind != null) {
			errors.add(new FieldProblem(at + ".kind", "지표 종류 '" + kind + "'은(는) 없습니다. quantitative 또는 qualitative를 쓰세요."));
		}
		if (criterion != null) {
			criteria.put(id, criterion);
		}
	}

	private Criterion quantitative(JsonNode c, String at, String id, BigDecimal maxPoints, int before) {
		ScoringMethod method = null;
		String methodText = BoundedJson.text(c.get("method"), at + ".method", "채점 방법(method)", 40, errors);
		if (methodText != null) {
			method = ScoringMethod.quantitative(methodText).orElse(null);
			if (method == null) {
				errors.add(new FieldProblem(at + ".method", "채점 방법 '" + methodText + "'은(는) 없습니다. 다음 중 하나를 쓰세요: "
						+ ScoringMethod.quantitativeCodes() + "."));
			}
		}
		Indicator indicator = null;
		String indicatorText = BoundedJson.text(c.get("indicator"), at + ".indicator", "지표 코드(indicator)", 40, errors);
		if (indicatorText != null) {
			try {
				indicator = Indicator.parse(indicatorText);
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldProblem(at + ".indicator",
						"지표 '" + indicatorText + "'은(는) 없는 지표 코드입니다. 다음 중 하나를 쓰세요: " + indicatorCodes() + "."));
			}
		}
		BigDecimal cap = null;
		if (method == ScoringMethod.ACHIEVEMENT_CAPPED) {
			cap = BoundedJson.decimal(c.get("cap"), at + ".cap", "상한(cap)", CAP, errors);
		}
		else if (method != null && c.has("cap")) {
			errors.add(new FieldProblem(at + ".cap", "상한(cap)은 achievement_capped 지표에만 씁니다."));
		}
		if (errors.size() > before || id == null) {
			return null;
		}
		return Criterion.quantitative(id, method, indicator, maxPoints, cap);
	}

	/** Group name → codes in the order sent; {@code groupOf} gets each code's one group. */
	private Map<String, List<String>> readPeerGroups(JsonNode groups, Map<String, String> groupOf) {
		Map<String, List<String>> result = new LinkedHashMap<>();
		if (groups == null || groups.isNull()) {
			errors.add(new FieldProblem("peerGroups", "비교 집단(peerGroups)을 입력하세요. 예: {\"city\": [\"45210\", \"45130\"]}"));
			return result;
		}
		if (!groups.isObject()) {
			errors.add(new FieldProblem("peerGroups", "비교 집단(peerGroups)은 이름 → 지자체 코드 배열의 객체여야 합니다."));
			return result;
		}
		if (groups.size() < 1 || groups.size() > MAX_PEER_GROUPS) {
			errors.add(new FieldProblem("peerGroups", "비교 집단은 1개 이상 " + MAX_PEER_GROUPS + "개 이하로 보내세요."));
			return result;
		}
		for (Map.Entry<String, JsonNode> group : groups.properties()) {
			String name = BoundedJson.name(group.getKey(), "peerGroups", "비교 집단 이름", MAX_NAME, errors);
			if (name == null) {
				continue;
			}
			String at = "peerGroups." + name;
			List<String> codes = new ArrayList<>();
			result.put(name, codes);
			JsonNode list = group.getValue();
			if (!boundedArray(list, at, "비교 집단 '" + name + "'의 지자체", 1, MAX_GOVERNMENTS)) {
				continue;
			}
			for (int i = 0; i < list.size(); i++) {
				String code = code(list.get(i), at + "[" + i + "]");
				codes.add(code);
				if (code == null) {
					continue;
				}
				String earlier = groupOf.putIfAbsent(code, name);
				if (earlier != null) {
					errors.add(new FieldProblem(at + "[" + i + "]", "지자체 " + code + "은(는) 이미 비교 집단 '" + earlier
							+ "'에 있습니다. 지자체는 비교 집단 하나에만 속합니다."));
					codes.set(i, null);
				}
			}
		}
		return result;
	}

	private List<GovernmentInputs> readGovernments(JsonNode list, Map<String, String> groupOf) {
		List<GovernmentInputs> governments = new ArrayList<>();
		if (!boundedArray(list, "governments", "지자체(governments)", 1, MAX_GOVERNMENTS)) {
			return governments;
		}
		sentCodes = new HashSet<>();
		eachObject(list, "governments", "지자체", (g, at) -> {
			int before = errors.size();
			unknownFields(g, at + ".", GOVERNMENT_FIELDS);
			String code = code(g.get("code"), at + ".code");
			String group = null;
			if (code != null && !sentCodes.add(code)) {
				errors.add(new FieldProblem(at + ".code", "지자체 " + KoreanParticles.attach(code, "이") + " governments에 두 번 나옵니다."));
			}
			else if (code != null) {
				group = groupOf.get(code);
				if (group == null) {
					errors.add(new FieldProblem(at + ".code", "지자체 " + code + "은(는) 어느 비교 집단(peerGroups)에도 없습니다. 비교 집단 하나에 넣으세요."));
				}
			}
			Map<Indicator, IndicatorValues> values = readValues(g.get("values"), at + ".values");
			Map<String, List<BigDecimal>> scores = readScores(g.get("qualitative"), at + ".qualitative");
			requireInputs(g, at);
			if (errors.size() == before) {
				governments.add(new GovernmentInputs(code, group, values, scores));
			}
		});
		return governments;
	}

	private Map<Indicator, IndicatorValues> readValues(JsonNode node, String at) {
		Map<Indicator, IndicatorValues> values = new EnumMap<>(Indicator.class);
		if (node == null || node.isNull()) {
			return values;
		}
		if (!object(node, at, "지표 값(values)")) {
			return values;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			Indicator indicator;
			try {
				indicator = Indicator.parse(entry.getKey());
			}
			catch (IllegalArgumentException e) {
				errors.add(new FieldProblem(at + "." + key(entry.getKey()),
						"지표 '" + key(entry.getKey()) + "'은(는) 없는 지표 코드입니다. 다음 중 하나를 쓰세요: " + indicatorCodes() + "."));
				continue;
			}
			String field = at + "." + indicator.name();
			JsonNode v = entry.getValue();
			if (!object(v, field, indicator.name() + " 값")) {
				continue;
			}
			unknownFields(v, field + ".", VALUE_FIELDS);
			NumberBound bound = bound(indicator);
			values.put(indicator, new IndicatorValues(optionalDecimal(v, "target", field, indicator.name() + " 목표(target)", bound),
					optionalDecimal(v, "actual", field, indicator.name() + " 실적(actual)", bound),
					optionalDecimal(v, "previous", field, indicator.name() + " 전년 값(previous)", bound)));
		}
		return values;
	}

	private BigDecimal optionalDecimal(JsonNode object, String name, String at, String label, NumberBound bound) {
		JsonNode node = object.get(name);
		return node == null || node.isNull() ? null : BoundedJson.decimal(node, at + "." + name, label, bound, errors);
	}

	private Map<String, List<BigDecimal>> readScores(JsonNode node, String at) {
		Map<String, List<BigDecimal>> scores = new HashMap<>();
		if (node == null || node.isNull() || !object(node, at, "정성 평가 점수(qualitative)")) {
			return scores;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String id = entry.getKey();
			String field = at + "." + key(id);
			Criterion criterion = criteria.get(TextRule.normalise(id).strip());
			if (criterion == null && sentCriterionIds.contains(id)) {
				continue; // the criterion itself is wrong, and reported there
			}
			if (criterion == null || !criterion.method().qualitative()) {
				errors.add(new FieldProblem(field, "'" + key(id) + "'은(는) criteria의 정성 지표(qualitative)가 아닙니다."));
				continue;
			}
			JsonNode list = entry.getValue();
			if (!boundedArray(list, field, "'" + id + "'의 평가위원 점수", 1, MAX_SCORES)) {
				continue;
			}
			NumberBound bound = scoreBounds.computeIfAbsent(criterion.id(),
					k -> new NumberBound("점", SCORE_SCALE, BigDecimal.ZERO, criterion.maxPoints()));
			List<BigDecimal> given = new ArrayList<>();
			for (int i = 0; i < list.size(); i++) {
				given.add(BoundedJson.decimal(list.get(i), field + "[" + i + "]", "평가위원 점수", bound, errors));
			}
			scores.put(criterion.id(), given);
		}
		return scores;
	}

	/** The values and scores each criterion needs; one problem per missing field even if several criteria need it. */
	private void requireInputs(JsonNode g, String at) {
		Set<String> reported = new HashSet<>();
		boolean valuesReadable = g.path("values").isObject() || g.path("values").isMissingNode() || g.path("values").isNull();
		JsonNode sentScores = g.path("qualitative");
		boolean scoresReadable = sentScores.isObject() || sentScores.isMissingNode() || sentScores.isNull();
		Set<String> scoredIds = new HashSet<>();
		sentScores.propertyNames().forEach(id -> scoredIds.add(TextRule.normalise(id).strip()));
		for (Criterion criterion : criteria.values()) {
			if (criterion.method().qualitative()) {
				if (scoresReadable && !scoredIds.contains(criterion.id())) {
					errors.add(new FieldProblem(at + ".qualitative." + criterion.id(),
							"정성 지표 '" + criterion.id() + "'의 평가위원 점수가 없습니다."));
				}
				continue;
			}
			if (!valuesReadable) {
				continue;
			}
			String field = at + ".values." + criterion.indicator().name();
			JsonNode sent = g.path("values").get(criterion.indicator().name());
			if (sent == null || sent.isNull()) {
				if (reported.add(field)) {
					errors.add(new FieldProblem(field, "지표 '" + criterion.id() + "'(" + criterion.method().code() + ")에 필요한 "
							+ criterion.indicator().name() + " 값이 없습니다."));
				}
				continue;
			}
			if (!sent.isObject()) {
				continue;
			}
			List<String> needed = criterion.method() == ScoringMethod.PEER_MINMAX_CHANGE ? List.of("actual", "previous")
					: List.of("actual");
			for (String name : needed) {
				JsonNode value = sent.get(name);
				if ((value == null || value.isNull()) && reported.add(field + "." + name)) {
					errors.add(new FieldProblem(field + "." + name, "지표 '" + criterion.id() + "'(" + criterion.method().code()
							+ ")에 필요한 " + (name.equals("actual") ? "실적(actual)" : "전년 값(previous)") + "이 없습니다."));
				}
			}
		}
	}

	private List<Tier> readTiers(JsonNode list) {
		List<Tier> tiers = new ArrayList<>();
		if (list == null || list.isNull()) {
			return tiers;
		}
		if (!boundedArray(list, "awards", "포상 등급(awards)", 0, MAX_TIERS)) {
			return tiers;
		}
		Set<String> names = new HashSet<>();
		eachObject(list, "awards", "포상 등급", (t, at) -> {
			int before = errors.size();
			unknownFields(t, at + ".", TIER_FIELDS);
			String name = BoundedJson.text(t.get("tier"), at + ".tier", "포상 등급 이름(tier)", MAX_NAME, errors);
			if (name != null && !names.add(name)) {
				errors.add(new FieldProblem(at + ".tier", "포상 등급 " + KoreanParticles.attach("'" + name + "'", "이") + " 두 번 나옵니다."));
			}
			Integer perPeerGroup = BoundedJson.whole(t.get("perPeerGroup"), at + ".perPeerGroup", "비교 집단별 수상 수(perPeerGroup)",
					PER_PEER_GROUP, errors);
			BigDecimal incentive = BoundedJson.decimal(t.get("incentive"), at + ".incentive", "인센티브(incentive)", NumberBound.WON, errors);
			if (errors.size() == before) {
				tiers.add(new Tier(name, perPeerGroup, incentive));
			}
		});
		return tiers;
	}

	private String code(JsonNode node, String field) {
		String code = BoundedJson.text(node, field, "지자체 코드", 5, errors);
		if (code != null && !GOVERNMENT_CODE.matcher(code).matches()) {
			errors.add(new FieldProblem(field, "지자체 코드는 다섯 자리 행정표준코드입니다. 예: \"45210\""));
			return null;
		}
		return code;
	}

	private boolean boundedArray(JsonNode node, String field, String label, int min, int max) {
		if (node == null || node.isNull()) {
			errors.add(new FieldProblem(field, KoreanParticles.attach(label, "을") + " 입력하세요."));
			return false;
		}
		if (!node.isArray()) {
			errors.add(new FieldProblem(field, label + "은(는) 배열이어야 합니다."));
			return false;
		}
		if (node.size() < min || node.size() > max) {
			errors.add(new FieldProblem(field, label + "은(는) " + min + "개 이상 " + max + "개 이하로 보내세요. (보낸 수: " + node.size() + ")"));
			return false;
		}
		return true;
	}

	/** Each element of a checked array that is an object, with its field name ({@code criteria[2]}). */
	private void eachObject(JsonNode list, String name, String label, BiConsumer<JsonNode, String> read) {
		for (int i = 0; i < list.size(); i++) {
			String at = name + "[" + i + "]";
			if (object(list.get(i), at, label)) {
				read.accept(list.get(i), at);
			}
		}
	}

	private boolean object(JsonNode node, String field, String label) {
		if (node == null || !node.isObject()) {
			errors.add(new FieldProblem(field, label + "은(는) 객체여야 합니다."));
			return false;
		}
		return true;
	}

	private void unknownFields(JsonNode object, String prefix, Set<String> known) {
		for (String name : object.propertyNames()) {
			if (!known.contains(name)) {
				errors.add(new FieldProblem(prefix + key(name),
						"알 수 없는 항목입니다. 쓸 수 있는 항목: " + String.join(", ", known.stream().sorted().toList()) + "."));
			}
		}
	}

	/** A property name as sent, shortened so that no field name in a response grows with the input. */
	private static String key(String name) {
		return name.codePointCount(0, name.length()) <= 40 ? name : name.substring(0, name.offsetByCodePoints(0, 40)) + "…";
	}

	/** An indicator's values have the shared bound of its unit: rates in percent, persons, thousands of persons. */
	private static NumberBound bound(Indicator indicator) {
		return switch (indicator.unit()) {
			case Indicator.Unit.PERCENT -> NumberBound.RATE;
			case Indicator.Unit.THOUSAND_PERSONS -> NumberBound.THOUSAND_PERSONS;
			default -> NumberBound.PERSONS;
		};
	}

	private static String indicatorCodes() {
		return String.join(", ", java.util.Arrays.stream(Indicator.values()).map(Indicator::name).toList());
	}
}
