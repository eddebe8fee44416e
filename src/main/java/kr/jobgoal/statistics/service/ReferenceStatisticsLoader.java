package kr.jobgoal.statistics.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.Period;
import kr.jobgoal.statistics.GovernmentNames;
import kr.jobgoal.statistics.IncomingValue;
import kr.jobgoal.statistics.Indicator;
import kr.jobgoal.statistics.RegionalSurvey;
import kr.jobgoal.statistics.StatisticsRelease;
import kr.jobgoal.statistics.ValueKey;
import kr.jobgoal.statistics.csv.CsvFile;
import kr.jobgoal.statistics.csv.JobgoalCsvReader;
import kr.jobgoal.statistics.csv.KosisCsvReader;
import kr.jobgoal.statistics.csv.ReadResult;
import kr.jobgoal.statistics.store.StatisticsRepository;
import kr.jobgoal.statistics.store.StatisticsWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the shipped official figures (see {@code reference/SOURCES.md}) idempotently: a file whose SHA-256
 * was imported before is skipped, and a value equal to the stored one is left alone.
 * <ul>
 * <li>{@code regional-employment.csv}: 지역별고용조사 figures by region name and 시·도 name, joined to the basic
 * government of that name under that 시·도 on the 15th of the survey month; with
 * {@code regional-employment-rse-flags.csv}, KOSIS's RSE marks on some of those values (loaded together);</li>
 * <li>{@code press-release-figures.csv}: figures published by governments themselves, in Jobgoal's CSV format.</li>
 * </ul>
 * 제주시 and 서귀포시 are in the survey but are 행정시, not local governments: their values are left out. A new
 * version of either survey file re-applies both, so the shipped figures win over earlier imports of the same
 * figure; the audit log keeps what they replaced.
 */
@Component
public class ReferenceStatisticsLoader {

	static final String SURVEY = "reference/regional-employment.csv";

	static final String RSE_FLAGS = "reference/regional-employment-rse-flags.csv";

	static final String PRESS_RELEASES = "reference/press-release-figures.csv";

	/**
	 * The official release that each shipped copy reproduces, which is what people are shown as a figure's source;
	 * the copies themselves (repository, file, commit) stay named in {@code reference/SOURCES.md}.
	 */
	static final Map<String, String> RELEASE_OF_COPY = Map.of(
			"KORLEGENDS/20251R0136COSE47101/data/else/시군구 연령별 취업자 및 고용률.csv", KosisCsvReader.SOURCE,
			"ironmanbung/TAP/data/2_1_db_sex_emprate.csv", "통계청 지역별고용조사 (KOSIS 시군구 성별 15~64세 고용률)",
			"songni-png/blank-app/전국_시군구_경제활동인구_총괄_20241121153501.csv",
			"통계청 지역별고용조사 (KOSIS DT_1ES3A01S 시군구 경제활동인구 총괄)");

	static final String SYSTEM = "system";

	private static final Logger log = LoggerFactory.getLogger(ReferenceStatisticsLoader.class);

	private final StatisticsRepository repository;

	private final StatisticsWriter writer;

	private final JobgoalCsvReader jobgoalCsv;

	private final GovernmentDirectory directory;

	private final AuditLog auditLog;

	ReferenceStatisticsLoader(StatisticsRepository repository, StatisticsWriter writer, JobgoalCsvReader jobgoalCsv,
			GovernmentDirectory directory, AuditLog auditLog) {
		this.repository = repository;
		this.writer = writer;
		this.jobgoalCsv = jobgoalCsv;
		this.directory = directory;
		this.auditLog = auditLog;
	}

	/** What one run did (all zero when every file had been loaded before). */
	public record Loaded(int added, int replaced, int unchanged, int excluded) {
	}

	@Transactional
	public Loaded load() {
		CsvFile survey = shipped(SURVEY);
		CsvFile flags = shipped(RSE_FLAGS);
		CsvFile pressReleases = shipped(PRESS_RELEASES);
		Loaded loaded = new Loaded(0, 0, 0, 0);
		if (isNew(survey) || isNew(flags)) {
			StatisticsRelease release = release(survey);
			release(flags);
			Survey values = readSurvey(survey, flags);
			loaded = apply(values.values(), release, values.excluded());
			log.info("지역별고용조사 기준 통계: 제주시·서귀포시(행정시) 값 {}건은 지방자치단체가 아니므로 저장하지 않았습니다.", values.excluded());
		}
		if (isNew(pressReleases)) {
			ReadResult read = jobgoalCsv.read(pressReleases);
			if (!read.accepted()) {
				throw new IllegalStateException(PRESS_RELEASES + " is not valid: " + read.problems());
			}
			Loaded press = apply(read.values(), release(pressReleases), 0);
			loaded = new Loaded(loaded.added() + press.added(), loaded.replaced() + press.replaced(),
					loaded.unchanged() + press.unchanged(), loaded.excluded());
		}
		return loaded;
	}

	private Loaded apply(List<IncomingValue> values, StatisticsRelease release, int excluded) {
		StatisticsWriter.Applied applied = writer.apply(values, release, StatisticsWriter.Comparison.EVERYTHING);
		// Added figures are recorded as a whole (the release names the file and its hash); a figure that a new
		// version of a shipped file replaces keeps its earlier value in the audit log, as an import's would.
		applied.replaced().forEach(change -> change.audit(auditLog, release.id()));
		auditLog.record("statistics.release", Long.toString(release.id()), "load", null,
				new ReleaseAudit(release, applied.added().size(), applied.replaced().size(), applied.unchanged(), excluded));
		log.info("기준 통계 {} 반영: 추가 {}건, 변경 {}건, 그대로 {}건", release.fileName(), applied.added().size(),
				applied.replaced().size(), applied.unchanged());
		return new Loaded(applied.added().size(), applied.replaced().size(), applied.unchanged(), excluded);
	}

	private boolean isNew(CsvFile file) {
		return repository.releaseBySha256(file.sha256()).isEmpty();
	}

	private StatisticsRelease release(CsvFile file) {
		return repository.releaseBySha256(file.sha256())
			.or(() -> repository.insertRelease(StatisticsRelease.Kind.REFERENCE, file.fileName(), file.sha256(), SYSTEM))
			.orElseThrow();
	}

	private record Survey(List<IncomingValue> values, int excluded) {
	}

	private record RegionPeriod(String region, String parent, String period, String indicator) {
	}

	private Survey readSurvey(CsvFile survey, CsvFile flags) {
		Map<RegionPeriod, String> flagOf = new HashMap<>();
		for (CsvFile.Row row : flags.dataRows()) {
			flagOf.put(new RegionPeriod(row.cell(0), row.cell(1), row.cell(2), row.cell(3)), row.cell(4));
		}
		Map<LocalDate, GovernmentNames> namesOn = new HashMap<>();
		List<IncomingValue> values = new ArrayList<>();
		int excluded = 0;
		for (CsvFile.Row row : survey.dataRows()) {
			String region = row.cell(0);
			String parent = row.cell(1);
			Period period = Period.parse(row.cell(2));
			Indicator indicator = Indicator.valueOf(row.cell(3));
			RegionPeriod key = new RegionPeriod(region, parent, row.cell(2), row.cell(3));
			LocalDate date = RegionalSurvey.referenceDate(period);
			Optional<Government> government = namesOn.computeIfAbsent(date, d -> GovernmentNames.on(directory, d)).basic(region, parent);
			if (government.isEmpty()) {
				if (RegionalSurvey.ADMINISTRATIVE_CITIES.contains(region) && RegionalSurvey.JEJU.equals(parent)) {
					excluded++;
					flagOf.remove(key);
					continue;
				}
				throw new IllegalStateException(SURVEY + " row " + row.number() + ": no government " + region + " under " + parent + " on " + date);
			}
			if (!indicator.unit().equals(row.cell(5))) {
				throw new IllegalStateException(SURVEY + " row " + row.number() + ": unit " + row.cell(5) + " is not " + indicator.unit());
			}
			String release = RELEASE_OF_COPY.get(row.cell(6));
			if (release == null) {
				throw new IllegalStateException(SURVEY + " row " + row.number() + ": no official release named for the copy " + row.cell(6));
			}
			values.add(new IncomingValue(new ValueKey(government.get().id(), indicator, period), new BigDecimal(row.cell(4)),
					row.cell(5), release, flagOf.remove(key)));
		}
		if (!flagOf.isEmpty()) {
			throw new IllegalStateException(RSE_FLAGS + " marks values that are not in " + SURVEY + ": " + flagOf.keySet());
		}
		return new Survey(values, excluded);
	}

	private static CsvFile shipped(String resource) {
		try {
			ClassPathResource file = new ClassPathResource(resource);
			return CsvFile.read(file.getFilename(), file.getContentAsByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException("기준 통계 파일을 읽지 못했습니다: " + resource, e);
		}
		catch (CsvFile.NotCsvException e) {
			throw new IllegalStateException(resource + ": " + e.getMessage(), e);
		}
	}
}
