package kr.jobgoal.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser's form or an API client sends it: text fields, then files. */
public final class Multipart {

	/** One file part. */
	public record Upload(String field, String fileName, String contentType, byte[] content) {

		public Upload(String field, String fileName, byte[] content) {
			this(field, fileName, "application/octet-stream", content);
		}
	}

	private final String boundary = "jobgoal-" + UUID.randomUUID();

	private final byte[] body;

	public Multipart(Map<String, String> fields, List<Upload> files) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		for (Upload file : files) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(file.content());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		this.body = out.toByteArray();
	}

	public String contentType() {
		return "multipart/form-data; boundary=" + boundary;
	}

	public byte[] body() {
		return body;
	}
}
