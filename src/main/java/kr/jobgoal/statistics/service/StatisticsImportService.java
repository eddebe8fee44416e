package kr.jobgoal.statistics.service;

import java.util.List;
import java.util.Optional;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.Role;
import kr.jobgoal.statistics.ImportProblem;
import kr.jobgoal.statistics.StatisticsRelease;
import kr.jobgoal.statistics.csv.CsvFile;
import kr.jobgoal.statistics.csv.JobgoalCsvReader;
import kr.jobgoal.statistics.csv.KosisCsvReader;
import kr.jobgoal.statistics.csv.ReadResult;
import kr.jobgoal.statistics.store.StatisticsRepository;
import kr.jobgoal.statistics.store.StatisticsWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ministry administrator's import of official figures from a CSV file, in Jobgoal's own layout or as a
 * KOSIS export (told apart by the header). All or nothing: every row is checked first, one bad row refuses
 * the whole file with a report per row, and the values are applied in one transaction with an audit entry
 * for each change. A file already imported (same SHA-256) changes nothing, nor does a value equal to the
 * stored one.
 */
@Service
public class StatisticsImportService {

	/** Larger than any half-year KOSIS export of every 시군구 (about 0.4 MB), small enough to read in memory. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_FILE_NAME = 255;

	private final StatisticsRepository repository;

	private final StatisticsWriter writer;

	private final JobgoalCsvReader jobgoalCsv;

	private final KosisCsvReader kosisCsv;

	private final AuditLog auditLog;

	StatisticsImportService(StatisticsRepository repository, StatisticsWriter writer, JobgoalCsvReader jobgoalCsv,
			KosisCsvReader kosisCsv, AuditLog auditLog) {
		this.repository = repository;
		this.writer = writer;
		this.jobgoalCsv = jobgoalCsv;
		this.kosisCsv = kosisCsv;
		this.auditLog = auditLog;
	}

	/** What became of an upload. */
	public record ImportResult(Outcome outcome, StatisticsRelease release, StatisticsRelease.Kind kind, int added, int replaced,
			int unchanged, int excluded, int ignored, List<ImportProblem> problems) {

		public enum Outcome {
			/** The values were stored (possibly none changed, if all were equal to the stored ones). */
			APPLIED,
			/** The same file had been imported before: nothing changed. */
			ALREADY_IMPORTED,
			/** The file was refused: nothing changed; see the problems. */
			REJECTED
		}

		static ImportResult rejected(StatisticsRelease.Kind kind, List<ImportProblem> problems) {
			return new ImportResult(Outcome.REJECTED, null, kind, 0, 0, 0, 0, 0, List.copyOf(problems));
		}

		static ImportResult alreadyImported(StatisticsRelease release) {
			return new ImportResult(Outcome.ALREADY_IMPORTED, release, release.kind(), 0, 0, 0, 0, 0, List.of());
		}
	}

	@Transactional
	public ImportResult importFile(String originalFileName, byte[] content, CurrentUser user) {
		if (user == null || !user.is(Role.MINISTRY_ADMIN)) {
			throw new AccessDeniedException("통계를 가져올 권한이 없습니다. 고용노동부 관리자만 가져올 수 있습니다.");
		}
		if (content.length == 0) {
			return ImportResult.rejected(null, List.of(ImportProblem.ofFile("파일이 비어 있습니다.")));
		}
		if (content.length > MAX_BYTES) {
			return ImportResult.rejected(null, List.of(ImportProblem.ofFile("파일이 " + (MAX_BYTES / 1024 / 1024)
					+ "MB를 넘습니다. 시점이나 지역을 나누어 여러 파일로 올려 주세요.")));
		}
		CsvFile file;
		try {
			file = CsvFile.read(fileName(originalFileName), content);
		}
		catch (CsvFile.NotCsvException e) {
			return ImportResult.rejected(null, List.of(ImportProblem.ofFile(e.getMessage())));
		}
		Optional<StatisticsRelease> earlier = repository.releaseBySha256(file.sha256());
		if (earlier.isPresent()) {
			return ImportResult.alreadyImported(earlier.get());
		}
		StatisticsRelease.Kind kind;
		ReadResult read;
		StatisticsWriter.Comparison comparison;
		if (JobgoalCsvReader.isJobgoalHeader(file.header())) {
			kind = StatisticsRelease.Kind.JOBGOAL_CSV;
			read = jobgoalCsv.read(file);
			comparison = StatisticsWriter.Comparison.FIGURE;
		}
		else if (KosisCsvReader.isKosisHeader(file.header())) {
			kind = StatisticsRelease.Kind.KOSIS;
			read = kosisCsv.read(file);
			comparison = StatisticsWriter.Comparison.FIGURE_AND_RSE_FLAG;
		}
		else {
			return ImportResult.rejected(null, List.of(new ImportProblem(1, "머리글",
					"첫 줄이 Jobgoal CSV 머리글(" + String.join(",", JobgoalCsvReader.HEADER)
							+ ")도, KOSIS 내려받기 머리글(행정구역별, 연령별, 항목, 시점…)도 아닙니다.")));
		}
		if (!read.accepted()) {
			return ImportResult.rejected(kind, read.problems());
		}
		Optional<StatisticsRelease> inserted = repository.insertRelease(kind, file.fileName(), file.sha256(), user.username());
		if (inserted.isEmpty()) {
			// Imported by someone else in the meantime.
			return ImportResult.alreadyImported(repository.releaseBySha256(file.sha256()).orElseThrow());
		}
		StatisticsRelease release = inserted.get();
		StatisticsWriter.Applied applied = writer.apply(read.values(), release, comparison);
		applied.added().forEach(change -> change.audit(auditLog, release.id()));
		applied.replaced().forEach(change -> change.audit(auditLog, release.id()));
		auditLog.record("statistics.release", Long.toString(release.id()), "import", null, new ReleaseAudit(release,
				applied.added().size(), applied.replaced().size(), applied.unchanged(), read.excluded()));
		return new ImportResult(ImportResult.Outcome.APPLIED, release, kind, applied.added().size(),
				applied.replaced().size(), applied.unchanged(), read.excluded(), read.ignored(), List.of());
	}

	/** The name as the browser sent it, without any path, kept for the record only (never used to read the file). */
	static String fileName(String original) {
		String name = original == null ? "" : original.replaceAll("^.*[/\\\\]", "").strip();
		if (name.isEmpty()) {
			name = "upload.csv";
		}
		return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
	}
}
