package kr.jobgoal.evaluation.award;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kr.jobgoal.document.HwpxDocument;
import kr.jobgoal.evaluation.award.AwardResults.CategoryExplained;
import kr.jobgoal.region.DirectorySnapshot;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The award notice (포상 통지서) of one winner of a confirmed year, as an HWPX document in Korean: for each
 * category it won, the tier, the incentive in won, its total points and its rank in its peer group. A demo
 * year's notice says so at its top and bottom, so that a printed copy is never taken for a real award.
 */
@Component
class AwardNotices {

	/** What a demo year's notice carries, as the pages mark demo data. */
	static final String DEMO_MARK = "[시연용 데이터]";

	private final AwardResults results;

	private final GovernmentDirectory directory;

	AwardNotices(AwardResults results, GovernmentDirectory directory) {
		this.results = results;
		this.directory = directory;
	}

	record Notice(String governmentName, byte[] hwpx) {
	}

	/** The notice of the government with this code; 404 when the year is not confirmed or it won nothing. */
	Notice notice(int year, String code) {
		AwardResults.Explained explained = results.explain(year, code);
		List<CategoryExplained> won = explained.categories().stream().filter(c -> c.tier() != null).toList();
		if (won.isEmpty()) {
			throw new NotFoundException("지자체 " + code + "은(는) " + year + "년 일자리대상에서 포상을 받지 않았습니다.");
		}
		DirectorySnapshot names = directory.snapshot();
		LocalDate asOf = LocalDate.of(year - 1, 12, 31);
		String name = names.find(code, asOf).map(g -> names.listName(g, asOf, Locale.KOREAN)).orElse(code);
		HwpxDocument document = HwpxDocument.titled(year + "년 전국 지방자치단체 일자리대상 포상 통지서");
		if (explained.demo()) {
			document.paragraph(DEMO_MARK + " 이 통지서는 시연용으로 생성된 자료로, 실제 포상이 아닙니다.");
		}
		document.paragraph("수신: " + name + " (" + code + ")");
		document.paragraph(KoreanParticles.attach(name, "은") + " " + year + "년 전국 지방자치단체 일자리대상에서 아래와 같이 포상 대상으로 확정되었음을 알려 드립니다.");
		for (CategoryExplained c : won) {
			document.paragraph(c.categoryNameKo());
			List<HwpxDocument.Row> rows = new ArrayList<>();
			rows.add(new HwpxDocument.Row("지자체", name));
			rows.add(new HwpxDocument.Row("연도", year + "년"));
			rows.add(new HwpxDocument.Row("부문", c.categoryNameKo()));
			rows.add(new HwpxDocument.Row("포상 등급", c.tierNameKo()));
			rows.add(new HwpxDocument.Row("인센티브", won(c.incentive())));
			rows.add(new HwpxDocument.Row("총점", AwardsApiController.shown(c.total()) + "점"));
			rows.add(new HwpxDocument.Row("순위", c.peerGroupNameKo() + " " + c.peerGroupSize() + "곳 중 " + c.rank() + "위"));
			document.table(rows);
		}
		document.paragraph("지표별 점수와 비교 집단 안의 위치는 누리집의 평가 결과(/governments/" + code + "/evaluations/" + year
				+ ")에서 볼 수 있습니다.");
		if (explained.demo()) {
			document.paragraph(DEMO_MARK);
		}
		return new Notice(name, document.toBytes());
	}

	/** 70,000,000원: the amount's exact digits with thousands separators (no rounding of a decimal amount). */
	static String won(BigDecimal amount) {
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(amount) + "원";
	}
}
