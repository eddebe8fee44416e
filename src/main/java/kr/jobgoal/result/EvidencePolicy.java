package kr.jobgoal.result;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * What evidence files are accepted: PDF, PNG, JPEG or XLSX by content, at most
 * {@code jobgoal.result.evidence.max-size} each (default 10MB) and {@link #MAX_FILES} per fact.
 */
@Component
public class EvidencePolicy {

	public static final int MAX_FILES = 5;

	private static final int MAX_NAME_LENGTH = 200;

	private final DataSize maxSize;

	public EvidencePolicy(@Value("${jobgoal.result.evidence.max-size:10MB}") DataSize maxSize) {
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return maxSize;
	}

	/** The accepted file, or a 400 naming {@code field} that says in Korean what is wrong. */
	public EvidenceFile check(String field, String originalName, byte[] content) {
		if (content == null || content.length == 0) {
			throw invalid(field, "빈 파일은 증빙으로 올릴 수 없습니다.");
		}
		if (content.length > maxSize.toBytes()) {
			throw invalid(field, "증빙 파일은 " + maxSize.toMegabytes() + "MB 이하여야 합니다. (" + safeName(originalName, null)
					+ ": " + (content.length / 1024 / 1024) + "MB)");
		}
		EvidenceType type = EvidenceType.detect(content)
			.orElseThrow(() -> invalid(field, "'" + safeName(originalName, null)
					+ "'" + KoreanParticles.after(safeName(originalName, null), "은") + " 받을 수 없는 형식입니다. PDF, PNG, JPEG 이미지 또는 엑셀(XLSX) 파일만 올릴 수 있습니다."));
		return new EvidenceFile(safeName(originalName, type), type, content, sha256(content));
	}

	/** Every upload checked, or a 400 naming {@code field[i]} of the first bad one. */
	public List<EvidenceFile> checkAll(String field, List<Upload> uploads) {
		checkCount(field, uploads.size());
		List<EvidenceFile> files = new ArrayList<>();
		for (int i = 0; i < uploads.size(); i++) {
			files.add(check(field + "[" + i + "]", uploads.get(i).name(), uploads.get(i).content()));
		}
		return files;
	}

	public void checkCount(String field, int count) {
		if (count > MAX_FILES) {
			throw invalid(field, "증빙 파일은 한 번에 " + MAX_FILES + "개까지 올릴 수 있습니다.");
		}
	}

	/**
	 * The name as shown and offered for download: the last path segment, without control characters, cut
	 * to 200 characters; a file sent without a name is called after its type.
	 */
	public static String safeName(String originalName, EvidenceType type) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > MAX_NAME_LENGTH) {
			name = name.substring(name.length() - MAX_NAME_LENGTH);
		}
		if (name.isEmpty()) {
			return type == null ? "(이름 없음)" : "evidence." + type.extension();
		}
		return name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static InvalidInputException invalid(String field, String message) {
		return new InvalidInputException(message, List.of(new FieldProblem(field, message)));
	}

	/** A file as uploaded, not checked yet. */
	public record Upload(String name, byte[] content) {
	}

	/** An accepted evidence file, its type read from its content. */
	public record EvidenceFile(String fileName, EvidenceType type, byte[] content, String sha256) {
	}
}
