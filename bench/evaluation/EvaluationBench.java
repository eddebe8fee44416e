import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import kr.jobgoal.evaluation.scoring.Criterion;
import kr.jobgoal.evaluation.scoring.GovernmentInputs;
import kr.jobgoal.evaluation.scoring.IndicatorValues;
import kr.jobgoal.evaluation.scoring.ScoringEngine;
import kr.jobgoal.evaluation.scoring.ScoringInput;
import kr.jobgoal.evaluation.scoring.ScoringMethod;
import kr.jobgoal.evaluation.scoring.ScoringOutcome;
import kr.jobgoal.evaluation.scoring.Tier;
import kr.jobgoal.statistics.Indicator;

/**
 * A full national evaluation through the scoring engine, and a simulation call of the same size through HTTP:
 * the 243 governments valid today (from the shipped reference file), in peer groups metro / city / county /
 * district, 10 criteria (6 quantitative, 4 qualitative with 5 evaluators each) and five tiers. The values are
 * generated from a fixed seed: benchmark input, not data.
 *
 * <pre>
 * ./mvnw -B -q -Dskip.npm -DskipTests compile
 * java -cp target/classes bench/evaluation/EvaluationBench.java engine
 * java -cp target/classes bench/evaluation/EvaluationBench.java http http://localhost:8106 [server-pid]
 * </pre>
 */
public class EvaluationBench {

	private static final Path GOVERNMENTS = Path.of("src/main/resources/reference/local-governments.csv");

	private static final int EVALUATORS = 5;

	private static final List<Criterion> CRITERIA = List.of(
			Criterion.quantitative("achv", ScoringMethod.ACHIEVEMENT_CAPPED, Indicator.JOBS_CREATED, d("20"), d("1.2")),
			Criterion.quantitative("rate", ScoringMethod.PEER_MINMAX, Indicator.EMPLOYMENT_RATE_15_64, d("10"), null),
			Criterion.quantitative("gain", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.EMPLOYMENT_RATE_15_64, d("10"), null),
			Criterion.quantitative("youth", ScoringMethod.PEER_MINMAX, Indicator.YOUTH_EMPLOYMENT_RATE_15_29, d("5"), null),
			Criterion.quantitative("women", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.WOMEN_EMPLOYMENT_RATE_15_64, d("5"), null),
			Criterion.quantitative("employed", ScoringMethod.PEER_MINMAX_CHANGE, Indicator.EMPLOYED_PERSONS, d("10"), null),
			Criterion.qualitative("will", d("10")), Criterion.qualitative("governance", d("10")),
			Criterion.qualitative("fit", d("10")), Criterion.qualitative("creative", d("10")));

	private static final List<Tier> TIERS = List.of(new Tier("대통령상 종합대상", 1, d("400000000")),
			new Tier("국무총리상", 1, d("200000000")), new Tier("장관상 최우수", 3, d("140000000")),
			new Tier("장관상 우수", 4, d("70000000")), new Tier("장관상 특별상", 5, d("55000000")));

	public static void main(String[] args) throws Exception {
		ScoringInput input = nationalInput();
		if (args.length >= 1 && args[0].equals("engine")) {
			ScoringOutcome outcome = ScoringEngine.evaluate(input);
			System.out.printf("engine: %d governments, %d criteria, %d evaluators, %d peer groups → %d awards%n",
					input.governments().size(), CRITERIA.size(), EVALUATORS, outcome.rankings().size(), outcome.awards().size());
			measure("engine", 200, 1000, () -> ScoringEngine.evaluate(input));
		}
		else if (args.length >= 2 && args[0].equals("http")) {
			String body = json(input);
			HttpClient client = HttpClient.newHttpClient();
			HttpRequest request = HttpRequest.newBuilder(URI.create(args[1] + "/api/v1/evaluations/simulate"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			HttpResponse<String> first = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (first.statusCode() != 200) {
				throw new IllegalStateException("simulation answered " + first.statusCode() + ": " + first.body());
			}
			System.out.printf("http: request %,d bytes, response %,d bytes%n", body.length(), first.body().length());
			String serverPid = args.length >= 3 ? args[2] : null;
			int runs = 200;
			long serverTicks = serverPid == null ? 0 : cpuTicks(serverPid);
			measure("http", 50, runs, () -> {
				try {
					HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 200) {
						throw new IllegalStateException("simulation answered " + response.statusCode());
					}
					return response;
				}
				catch (IOException | InterruptedException e) {
					throw new IllegalStateException(e);
				}
			});
			if (serverPid != null) {
				// /proc ticks are 1/100 s; averaged over warm-up and measured calls alike
				double perCall = (cpuTicks(serverPid) - serverTicks) * 10.0 / (50 + runs);
				System.out.printf("http: server process CPU %.2f ms per call (all its threads)%n", perCall);
			}
		}
		else {
			System.err.println("usage: java -cp target/classes bench/evaluation/EvaluationBench.java engine | http <base-url> [server-pid]");
			System.exit(2);
		}
	}

	private static void measure(String name, int warmUp, int runs, Supplier<?> work) {
		for (int i = 0; i < warmUp; i++) {
			work.get();
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[runs];
		long[] cpu = new long[runs];
		for (int i = 0; i < runs; i++) {
			long startCpu = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			work.get();
			nanos[i] = System.nanoTime() - start;
			cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
		}
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		// wall time includes waiting for a core on a shared machine; CPU time is this thread's own work
		System.out.printf("%s: %d runs after %d warm-up: wall median %.2f ms, p95 %.2f ms, max %.2f ms; "
				+ "client thread CPU median %.2f ms, p95 %.2f ms%n", name, runs, warmUp, nanos[runs / 2] / 1e6,
				nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6, cpu[runs / 2] / 1e6, cpu[(int) (runs * 0.95)] / 1e6);
	}

	/** User + system CPU of a process so far, in clock ticks (Linux /proc). */
	private static long cpuTicks(String pid) {
		try {
			String stat = Files.readString(Path.of("/proc", pid, "stat"));
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		}
		catch (IOException e) {
			throw new IllegalStateException("cannot read the CPU time of process " + pid, e);
		}
	}

	/** Today's 243 governments, peer group by level and type, with seeded values. */
	private static ScoringInput nationalInput() throws IOException {
		Random random = new Random(2021);
		Map<String, List<String>> groups = new LinkedHashMap<>();
		List<GovernmentInputs> governments = new ArrayList<>();
		for (String line : Files.readAllLines(GOVERNMENTS).subList(1, Files.readAllLines(GOVERNMENTS).size())) {
			String[] f = line.split(",", -1);
			if (!f[7].isEmpty()) {
				continue; // a code no longer valid
			}
			String group = f[3].equals("metro") ? "metro" : f[4];
			groups.computeIfAbsent(group, g -> new ArrayList<>()).add(f[0]);
			Map<Indicator, IndicatorValues> values = new LinkedHashMap<>();
			int target = 500 + random.nextInt(5000);
			values.put(Indicator.JOBS_CREATED, new IndicatorValues(d(target), d(target * (60 + random.nextInt(100)) / 100), null));
			values.put(Indicator.EMPLOYMENT_RATE_15_64, rate(random, 55, 75));
			values.put(Indicator.YOUTH_EMPLOYMENT_RATE_15_29, rate(random, 25, 50));
			values.put(Indicator.WOMEN_EMPLOYMENT_RATE_15_64, rate(random, 45, 70));
			BigDecimal employed = BigDecimal.valueOf(10_000 + random.nextInt(900_000), 1);
			values.put(Indicator.EMPLOYED_PERSONS,
					new IndicatorValues(null, employed, employed.subtract(BigDecimal.valueOf(random.nextInt(50) - 20, 1))));
			Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
			for (Criterion c : CRITERIA) {
				if (c.method().qualitative()) {
					List<BigDecimal> given = new ArrayList<>();
					for (int e = 0; e < EVALUATORS; e++) {
						given.add(BigDecimal.valueOf(40 + random.nextInt(61), 1)); // 4.0 .. 10.0
					}
					scores.put(c.id(), given);
				}
			}
			governments.add(new GovernmentInputs(f[0], group, values, scores));
		}
		return new ScoringInput(CRITERIA, List.copyOf(groups.keySet()), governments, TIERS);
	}

	private static IndicatorValues rate(Random random, int low, int high) {
		BigDecimal actual = BigDecimal.valueOf(low * 10 + random.nextInt((high - low) * 10), 1);
		return new IndicatorValues(null, actual, actual.subtract(BigDecimal.valueOf(random.nextInt(40) - 20, 1)));
	}

	/** The same input in the contract's request shape. */
	private static String json(ScoringInput input) {
		StringBuilder out = new StringBuilder("{\"criteria\": [");
		for (int i = 0; i < input.criteria().size(); i++) {
			Criterion c = input.criteria().get(i);
			out.append(i == 0 ? "" : ", ").append("{\"id\": \"").append(c.id()).append("\", ");
			if (c.method().qualitative()) {
				out.append("\"kind\": \"qualitative\"");
			}
			else {
				out.append("\"kind\": \"quantitative\", \"method\": \"").append(c.method().code())
					.append("\", \"indicator\": \"").append(c.indicator().name()).append('"');
				if (c.cap() != null) {
					out.append(", \"cap\": \"").append(c.cap().toPlainString()).append('"');
				}
			}
			out.append(", \"maxPoints\": \"").append(c.maxPoints().toPlainString()).append("\"}");
		}
		out.append("], \"peerGroups\": {");
		Map<String, List<String>> groups = new LinkedHashMap<>();
		input.peerGroups().forEach(g -> groups.put(g, new ArrayList<>()));
		input.governments().forEach(g -> groups.get(g.peerGroup()).add(g.code()));
		out.append(String.join(", ", groups.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\": [\"" + String.join("\", \"", e.getValue()) + "\"]").toList()));
		out.append("}, \"governments\": [");
		for (int i = 0; i < input.governments().size(); i++) {
			GovernmentInputs g = input.governments().get(i);
			out.append(i == 0 ? "" : ", ").append("{\"code\": \"").append(g.code()).append("\", \"values\": {");
			out.append(String.join(", ", g.values().entrySet().stream().map(e -> "\"" + e.getKey().name() + "\": {"
					+ field("target", e.getValue().target()) + field("actual", e.getValue().actual())
					+ field("previous", e.getValue().previous()) + "}").map(s -> s.replace(", }", "}")).toList()));
			out.append("}, \"qualitative\": {");
			out.append(String.join(", ", g.scores().entrySet().stream().map(e -> "\"" + e.getKey() + "\": [\""
					+ String.join("\", \"", e.getValue().stream().map(BigDecimal::toPlainString).toList()) + "\"]").toList()));
			out.append("}}");
		}
		out.append("], \"awards\": [");
		out.append(String.join(", ", input.tiers().stream().map(t -> "{\"tier\": \"" + t.name() + "\", \"perPeerGroup\": "
				+ t.perPeerGroup() + ", \"incentive\": \"" + t.incentive().toPlainString() + "\"}").toList()));
		return out.append("]}").toString();
	}

	private static String field(String name, BigDecimal value) {
		return value == null ? "" : "\"" + name + "\": \"" + value.toPlainString() + "\", ";
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	private static BigDecimal d(int value) {
		return BigDecimal.valueOf(value);
	}
}
