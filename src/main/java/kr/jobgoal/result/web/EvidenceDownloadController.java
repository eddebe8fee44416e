package kr.jobgoal.result.web;

import java.nio.charset.StandardCharsets;

import kr.jobgoal.result.service.ResultEvidence;
import kr.jobgoal.result.service.ResultLookup;
import kr.jobgoal.result.store.FactRepository;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A fact's evidence file, for whoever may read the government's evidence (the service decides). */
@Controller
public class EvidenceDownloadController {

	private final ResultLookup lookup;

	private final ResultEvidence evidence;

	public EvidenceDownloadController(ResultLookup lookup, ResultEvidence evidence) {
		this.lookup = lookup;
		this.evidence = evidence;
	}

	@GetMapping("/governments/{code}/results/{year}/evidence/{id}")
	public ResponseEntity<byte[]> evidence(@PathVariable String code, @PathVariable int year, @PathVariable long id) {
		FactRepository.EvidenceContent file = evidence.download(lookup.government(code, year), year, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.info().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.info().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
