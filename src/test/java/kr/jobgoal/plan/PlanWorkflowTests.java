package kr.jobgoal.plan;

import static kr.jobgoal.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.plan.PlanInput.ProgramInput;
import kr.jobgoal.plan.service.PlanComments;
import kr.jobgoal.plan.service.PlanService;
import kr.jobgoal.plan.store.PlanCommentRepository;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.support.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/** The draft → save → disclose → amend workflow through the service, as the users of the field. Each test uses its own year. */
class PlanWorkflowTests extends HttpTest {

	@Autowired
	PlanService service;

	@Autowired
	PlanComments comments;

	@Autowired
	GovernmentDirectory directory;

	@Autowired
	JdbcClient jdbc;

	long gimjeId;

	CurrentUser gimje;

	CurrentUser iksan;

	CurrentUser jeonbuk;

	CurrentUser gyeonggi;

	@BeforeEach
	void users() {
		gimjeId = PlanTestData.governmentId(directory, "45210");
		gimje = PlanTestData.officer(gimjeId, "gimje-test");
		iksan = PlanTestData.officer(PlanTestData.governmentId(directory, "45140"), "iksan-test");
		jeonbuk = PlanTestData.reviewer(PlanTestData.governmentId(directory, "45000"), "jeonbuk-test");
		gyeonggi = PlanTestData.reviewer(PlanTestData.governmentId(directory, "41000"), "gyeonggi-test");
	}

	@Test
	void anOfficerDraftsSavesDisclosesAndAmendsWithAReason() {
		PlanKey key = PlanKey.annual(gimjeId, 2031);
		StoredVersion empty = as(gimje, () -> service.startDraft(key));
		assertThat(empty.content().strategies()).isEmpty();
		assertThat(empty.lockVersion()).isZero();

		StoredVersion saved = as(gimje, () -> service.saveDraft(key, PlanInput.of(PlanTestData.sample()), 0));
		assertThat(saved.lockVersion()).isEqualTo(1);
		assertThat(saved.content().programs()).allSatisfy(p -> assertThat(p.id()).isNotNull());
		assertThat(get("/api/v1/governments/45210/plans/2031").statusCode()).isEqualTo(404);

		StoredVersion v1 = as(gimje, () -> service.disclose(key, 1, null));
		assertThat(v1.version()).isEqualTo(1);
		assertThat(v1.disclosedAt()).isNotNull();
		JsonNode published = json(get("/api/v1/governments/45210/plans/2031"));
		assertThat(published.get("version").asInt()).isEqualTo(1);
		assertThat(published.get("jobTargetTotal").asString()).isEqualTo("3000");

		// the amendment starts from the latest version; programs keep their ids
		StoredVersion amendment = as(gimje, () -> service.startDraft(key));
		assertThat(amendment.basedOnVersion()).isEqualTo(1);
		assertThat(amendment.content().programs()).extracting(PlanContent.Program::id)
			.containsExactlyElementsOf(v1.content().programs().stream().map(PlanContent.Program::id).toList());
		PlanInput changed = PlanInput.of(amendment.content());
		changed.getStrategies().get(0).getPrograms().get(0).setJobTarget("500");
		ProgramInput fair = PlanInput.ProgramInput.of(
				PlanTestData.program("취업박람회·구인구직 만남의 날", ProgramType.EMPLOYMENT_SERVICES, "150", "20000000"));
		changed.getStrategies().get(1).getPrograms().add(fair);
		StoredVersion amended = as(gimje, () -> service.saveDraft(key, changed, amendment.lockVersion()));

		assertThatThrownBy(() -> as(gimje, () -> service.disclose(key, amended.lockVersion(), "  ")))
			.isInstanceOfSatisfying(PlanValidationException.class,
					e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
		StoredVersion v2 = as(gimje, () -> service.disclose(key, amended.lockVersion(), "추경 예산 반영"));
		assertThat(v2.version()).isEqualTo(2);
		assertThat(v2.reason()).isEqualTo("추경 예산 반영");

		// both versions stay public, the first unchanged
		JsonNode versions = json(get("/api/v1/governments/45210/plans/2031/versions"));
		assertThat(versions).hasSize(2);
		assertThat(versions.get(1).get("reason").asString()).isEqualTo("추경 예산 반영");
		JsonNode first = json(get("/api/v1/governments/45210/plans/2031/versions/1"));
		assertThat(first.get("strategies").get(0).get("programs").get(0).get("jobTarget").asString()).isEqualTo("438");
		JsonNode latest = json(get("/api/v1/governments/45210/plans/2031"));
		assertThat(latest.get("version").asInt()).isEqualTo(2);
		assertThat(latest.get("strategies").get(1).get("programs")).hasSize(2);
		assertThat(latest.get("strategies").get(0).get("programs").get(0).get("id").asLong())
			.isEqualTo(first.get("strategies").get(0).get("programs").get(0).get("id").asLong());

		assertThat(PlanDiff.between(v1.content(), v2.content()))
			.extracting(PlanDiff.Change::kind, PlanDiff.Change::name, PlanDiff.Change::field)
			.containsExactly(tuple(PlanDiff.Kind.CHANGED, "고용안정 선제대응 패키지", "jobTarget"),
					tuple(PlanDiff.Kind.ADDED, "취업박람회·구인구직 만남의 날", null));

		assertThat(auditCount("plan.draft", key.toString())).isGreaterThanOrEqualTo(4);
		assertThat(auditCount("plan.version", key + "/v2")).isEqualTo(1);
	}

	@Test
	void theSecondOfTwoSavesOfTheSameDraftIsRefusedWithTheOtherPersonsChange() {
		PlanKey key = PlanKey.annual(gimjeId, 2032);
		as(gimje, () -> service.startDraft(key));
		StoredVersion first = as(gimje, () -> service.saveDraft(key, PlanInput.of(PlanTestData.sample()), 0));

		PlanInput mine = PlanInput.of(PlanTestData.sample());
		mine.setJobTargetTotal("3500");
		assertThatThrownBy(() -> as(gimje, () -> service.saveDraft(key, mine, 0)))
			.isInstanceOfSatisfying(DraftConflictException.class, e -> {
				assertThat(e.current().lockVersion()).isEqualTo(1);
				assertThat(e.current().updatedBy()).isEqualTo("gimje-test");
				assertThat(PlanDiff.between(e.base(), e.current().content()))
					.extracting(PlanDiff.Change::kind)
					.contains(PlanDiff.Kind.ADDED);
			});
		StoredVersion now = as(gimje, () -> service.draft(key)).orElseThrow();
		assertThat(now.lockVersion()).isEqualTo(1);
		assertThat(now.content()).isEqualTo(first.content());
	}

	@Test
	void anOfficerOfAnotherGovernmentIsRefusedAndNothingChanges() {
		PlanKey key = PlanKey.annual(gimjeId, 2033);
		as(gimje, () -> service.startDraft(key));
		StoredVersion before = as(gimje, () -> service.saveDraft(key, PlanInput.of(PlanTestData.sample()), 0));
		int audits = auditCount("plan.draft", key.toString());

		PlanInput hostile = PlanInput.of(PlanTestData.sample());
		hostile.setJobTargetTotal("1");
		assertThatThrownBy(() -> as(iksan, () -> service.saveDraft(key, hostile, 1)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(iksan, () -> service.disclose(key, 1, null))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(iksan, () -> service.draft(key))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(iksan, () -> service.startDraft(PlanKey.annual(gimjeId, 2043))))
			.isInstanceOf(AccessDeniedException.class);

		StoredVersion after = as(gimje, () -> service.draft(key)).orElseThrow();
		assertThat(after.lockVersion()).isEqualTo(before.lockVersion());
		assertThat(after.content()).isEqualTo(before.content());
		assertThat(auditCount("plan.draft", key.toString())).isEqualTo(audits);
		assertThat(as(gimje, () -> service.draft(PlanKey.annual(gimjeId, 2043)))).isEmpty();
	}

	@Test
	void theProvincialReviewerReadsAndCommentsButDoesNotEdit() {
		PlanKey key = PlanKey.annual(gimjeId, 2034);
		as(gimje, () -> service.startDraft(key));

		assertThat(as(jeonbuk, () -> service.draft(key))).isPresent();
		as(jeonbuk, () -> comments.comment(key, "일자리 목표 산출 근거를 덧붙여 주세요."));
		assertThat(as(gimje, () -> comments.comments(key))).extracting(PlanCommentRepository.Comment::body)
			.containsExactly("일자리 목표 산출 근거를 덧붙여 주세요.");
		assertThatThrownBy(() -> as(jeonbuk, () -> service.saveDraft(key, PlanInput.of(PlanTestData.sample()), 0)))
			.isInstanceOf(AccessDeniedException.class);

		assertThatThrownBy(() -> as(gyeonggi, () -> service.draft(key))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> as(gyeonggi, () -> comments.comment(key, "?"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aDraftNeverShowsInThePublicApi() {
		PlanKey key = PlanKey.annual(gimjeId, 2035);
		as(gimje, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
		assertThat(get("/api/v1/governments/45210/plans/2035").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/governments/45210/plans/2035/versions").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/governments/45210/plans/2035/versions/1").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/governments/45210/plans/2035/draft").statusCode()).isNotEqualTo(200);
		assertThat(service.allAnnualVersions(2035)).isEmpty();
	}

	@Test
	void aDisclosedVersionCannotBeChangedEvenInTheDatabase() {
		PlanKey key = PlanKey.annual(gimjeId, 2036);
		as(gimje, () -> service.createDraft(key, PlanInput.of(PlanTestData.sample())));
		StoredVersion v1 = as(gimje, () -> service.disclose(key, null, null));
		assertThatThrownBy(() -> jdbc.sql("update plan_program set job_target = 1 where version_id = :id")
			.param("id", v1.id())
			.update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from plan_version where id = :id").param("id", v1.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(service.version(gimjeId, PlanPeriod.annual(2036), 1).orElseThrow().content().programs().get(0).jobTarget())
			.isEqualTo(new BigDecimal("438"));
	}

	@Test
	void disclosingAnIncompleteDraftIsRefusedInKorean() {
		PlanKey key = PlanKey.annual(gimjeId, 2037);
		as(gimje, () -> service.startDraft(key));
		assertThatThrownBy(() -> as(gimje, () -> service.disclose(key, 0, null)))
			.isInstanceOfSatisfying(PlanValidationException.class, e -> assertThat(e.violations())
				.extracting(Violation::field)
				.containsExactly("targets", "targets", "jobTargetTotal", "strategies"));
		assertThat(service.versions(gimjeId, PlanPeriod.annual(2037))).isEqualTo(List.of());
	}

	private int auditCount(String type, String id) {
		return jdbc.sql("select count(*) from identity_audit_log where entity_type = :t and entity_id = :id")
			.param("t", type)
			.param("id", id)
			.query(Integer.class)
			.single();
	}
}
