package kr.jobgoal.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.statistics.ImportProblem;
import kr.jobgoal.statistics.service.StatisticsImportService;
import kr.jobgoal.statistics.service.StatisticsQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The ministry administrator's page for importing official figures from a CSV file. */
@Controller
@RequestMapping(StatisticsAuthorization.IMPORT_PAGE)
class StatisticsImportController {

	/** Enough rows of a refused file to fix it; the rest are counted. */
	static final int PROBLEMS_SHOWN = 200;

	private static final int RELEASES_SHOWN = 20;

	private static final ZoneId KOREA = ZoneId.of("Asia/Seoul");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final StatisticsImportService imports;

	private final StatisticsQueries statistics;

	private final CurrentUsers currentUsers;

	StatisticsImportController(StatisticsImportService imports, StatisticsQueries statistics, CurrentUsers currentUsers) {
		this.imports = imports;
		this.statistics = statistics;
		this.currentUsers = currentUsers;
	}

	/** A past import as the page lists it (times in Korean time). */
	record ReleaseRow(String importedAt, String kind, String fileName, String sha256, String actor, long currentValues) {
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("maxMegabytes", StatisticsImportService.MAX_BYTES / 1024 / 1024);
		model.addAttribute("releases", statistics.recentReleases(RELEASES_SHOWN).stream()
			.map(s -> new ReleaseRow(TIME.format(s.release().importedAt().atZone(KOREA)), s.release().kind().code(),
					s.release().fileName(), s.release().sha256(), s.release().actor(), s.currentValues()))
			.toList());
		return "statistics/import";
	}

	@PostMapping
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
		byte[] content = new byte[0];
		String name = null;
		if (file != null) {
			name = file.getOriginalFilename();
			try (InputStream in = file.getInputStream()) {
				// One byte more than allowed is enough to tell the file is too large.
				content = in.readNBytes(StatisticsImportService.MAX_BYTES + 1);
			}
		}
		StatisticsImportService.ImportResult result = imports.importFile(name, content, currentUsers.require());
		model.addAttribute("result", result);
		List<ImportProblem> problems = result.problems();
		model.addAttribute("problemsShown", problems.subList(0, Math.min(problems.size(), PROBLEMS_SHOWN)));
		model.addAttribute("problemsNotShown", Math.max(0, problems.size() - PROBLEMS_SHOWN));
		return form(model);
	}
}
