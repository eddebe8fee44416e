package kr.jobgoal.plan;

import static kr.jobgoal.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.plan.excel.PlanWorkbookLayout;
import kr.jobgoal.plan.excel.PlanWorkbookReader;
import kr.jobgoal.plan.service.DemoPlans;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.HttpTest;
import kr.jobgoal.support.UnusedPlanYears;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Download and upload of the Excel template: an unchanged round trip gives the identical plan; any error applies nothing. */
class PlanExcelTests extends HttpTest {

	@Autowired
	PlanService service;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	Government gimjeGovernment;

	CurrentUser gimje;

	@BeforeEach
	void users() {
		long id = PlanTestData.governmentId(directory, "45210");
		gimjeGovernment = directory.findById(id, PlanPeriod.annual(2040).referenceDate()).orElseThrow();
		gimje = PlanTestData.officer(id, "gimje-excel");
	}

	@Test
	void anUnchangedWorkbookUploadedBackIsTheIdenticalPlan() {
		PlanKey key = PlanKey.annual(gimjeGovernment.id(), UnusedPlanYears.of(jdbc, "45210"));
		as(gimje, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
		StoredVersion v1 = as(gimje, () -> service.disclose(key, null, null));
		byte[] workbook = service.workbook(gimjeGovernment, v1);

		StoredVersion draft = as(gimje, () -> service.uploadDraft(key, workbook, null));
		assertThat(draft.basedOnVersion()).isEqualTo(1);
		assertThat(draft.content()).isEqualTo(v1.content());
		assertThat(PlanDiff.between(v1.content(), draft.content())).isEmpty();

		// and again over the existing draft, at its lock version
		StoredVersion again = as(gimje, () -> service.uploadDraft(key, workbook, draft.lockVersion()));
		assertThat(again.content()).isEqualTo(v1.content());
		assertThat(again.lockVersion()).isEqualTo(draft.lockVersion() + 1);
	}

	@Test
	void theDemoPlanOfGimjeRoundTripsExactly() {
		StoredVersion demo = service.latestDisclosed(PlanKey.annual(gimjeGovernment.id(), 2020)).orElseThrow();
		byte[] workbook = service.workbook(gimjeGovernment, demo);
		PlanWorkbookReader.Upload upload = excel().read(workbook, gimjeGovernment, Set.of("45210", "52210"),
				PlanPeriod.annual(2020));
		PlanValidator.Result result = PlanValidator.validate(upload.input(),
				new PlanValidator.Context(ids(demo.content(), true), ids(demo.content(), false),
						DemoPlans.GIMJE_SUB_CATEGORIES));
		assertThat(result.violations()).isEmpty();
		assertThat(result.content()).isEqualTo(demo.content());
	}

	@Test
	void everyRowIsCheckedAndNothingIsAppliedOnAnyError() {
		PlanKey key = PlanKey.annual(gimjeGovernment.id(), UnusedPlanYears.of(jdbc, "45210"));
		StoredVersion draft = as(gimje, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
		byte[] original = as(gimje, () -> service.workbook(gimjeGovernment, service.draft(key).orElseThrow()));
		byte[] broken = edit(original, wb -> {
			wb.getSheet("사업").getRow(1).getCell(8).setCellValue(-5);
			wb.getSheet("사업").getRow(2).getCell(3).setCellValue("보조금");
			wb.getSheet("목표").getRow(1).getCell(4).setCellValue("칠십일");
			wb.getSheet("사업").createRow(3).createCell(0).setCellValue(9);
		});
		assertThatThrownBy(() -> as(gimje, () -> service.uploadDraft(key, broken, draft.lockVersion())))
			.isInstanceOfSatisfying(PlanWorkbookReader.UnreadableException.class, e -> assertThat(e.problems())
				.extracting(p -> p.sheet() + "!" + p.column() + p.row() + " " + p.header() + ": " + p.message())
				.containsExactlyInAnyOrder("사업!A4 전략 번호: ‘전략’ 시트에 없는 전략 번호입니다. 전략 번호를 적으세요."));

		byte[] invalid = edit(original, wb -> {
			wb.getSheet("사업").getRow(1).getCell(8).setCellValue(-5);
			wb.getSheet("사업").getRow(2).getCell(3).setCellValue("보조금");
			wb.getSheet("목표").getRow(1).getCell(4).setCellValue("칠십일");
		});
		assertThatThrownBy(() -> as(gimje, () -> service.uploadDraft(key, invalid, draft.lockVersion())))
			.isInstanceOfSatisfying(PlanWorkbookReader.UnreadableException.class, e -> assertThat(e.problems())
				.extracting(p -> p.sheet() + "!" + p.column() + p.row() + " " + p.header() + ": " + p.message())
				.containsExactlyInAnyOrder("사업!I2 시도비: 0 이상이어야 합니다.",
						"사업!D3 사업 유형: 사업 유형은 다음 중 하나여야 합니다: DIRECT_JOBS, VOCATIONAL_TRAINING, EMPLOYMENT_SERVICES, "
								+ "EMPLOYMENT_SUBSIDIES, STARTUP_SUPPORT, UNEMPLOYMENT_INCOME_SUPPORT",
						"목표!E2 목표값: 숫자로 입력하세요. (예: 3000 또는 71.5)"));

		StoredVersion unchanged = as(gimje, () -> service.draft(key)).orElseThrow();
		assertThat(unchanged.lockVersion()).isEqualTo(draft.lockVersion());
		assertThat(unchanged.content()).isEqualTo(draft.content());
	}

	@Test
	void onlyTheTemplateIsAcceptedJudgedByContentNotName() throws IOException {
		PlanKey key = PlanKey.annual(gimjeGovernment.id(), UnusedPlanYears.of(jdbc, "45210"));
		byte[] workbook = service.workbook(gimjeGovernment,
				service.latestDisclosed(PlanKey.annual(gimjeGovernment.id(), 2020)).orElseThrow());

		assertThat(refusal(key, "%PDF-1.7 not a workbook".getBytes(StandardCharsets.US_ASCII)))
			.contains("엑셀 통합문서(.xlsx) 파일이 아닙니다");
		assertThat(refusal(key, new byte[0])).contains("비어");
		assertThat(refusal(key, new byte[(int) PlanWorkbookLayout.MAX_BYTES + 1])).contains("1MB");
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("hello.txt"));
			out.write("not a spreadsheet".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(refusal(key, zip.toByteArray())).contains("읽을 수 없는 파일");
		assertThat(refusal(key, edit(workbook, wb -> wb.setSheetName(wb.getSheetIndex("사업"), "Programs"))))
			.contains("‘사업’ 시트가 없습니다");
		assertThat(refusal(key, edit(workbook, wb -> wb.getSheet("전략").getRow(0).getCell(2).setCellValue("이름"))))
			.contains("머리글이 ‘전략명’이어야 하는데 ‘이름’입니다");
		// a workbook of 2020 is not the plan of 2047, and 익산's is not 김제's
		assertThat(refusal(key, workbook)).contains("다른 기간(2020)");
		assertThat(refusal(key, edit(workbook, wb -> wb.getSheet("계획").getRow(2).getCell(1).setCellValue("45140"))))
			.contains("다른 지자체(45140)");

		assertThat(as(gimje, () -> service.draft(key))).isEmpty();
	}

	private String refusal(PlanKey key, byte[] bytes) {
		try {
			as(gimje, () -> service.uploadDraft(key, bytes, null));
		}
		catch (PlanWorkbookReader.UnreadableException e) {
			return e.problems().stream().map(PlanWorkbookReader.Problem::message).toList().toString();
		}
		throw new AssertionError("accepted");
	}

	private static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(wb);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Autowired
	PlanWorkbookReader planExcel;

	private PlanWorkbookReader excel() {
		return planExcel;
	}

	private static Set<Long> ids(PlanContent content, boolean strategies) {
		List<Long> ids = strategies ? content.strategies().stream().map(PlanContent.Strategy::id).toList()
				: content.programs().stream().map(PlanContent.Program::id).toList();
		return Set.copyOf(ids);
	}
}
