package kr.jobgoal.result.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.EvidencePolicy;
import kr.jobgoal.result.FactConflictException;
import kr.jobgoal.result.FactInput;
import kr.jobgoal.result.FactValidator;
import kr.jobgoal.result.NewFact;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.ResultFactsAppended;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.InvalidInputException;
import kr.jobgoal.shared.InvalidInputException.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends result facts for a government's officer. Who may write is checked first (403), then every fact
 * is checked against the plan and the recorded facts under a lock on the government's year; only when
 * all are good are they written, each with its audit entry, in one transaction.
 */
@Service
public class FactRecorder {

	public static final String AUDIT_FACT = "result.fact";

	public static final String AUDIT_EVIDENCE = "result.evidence";

	private final FactRepository facts;

	private final DisclosedPlans plans;

	private final CurrentUsers currentUsers;

	private final GovernmentAccess access;

	private final AuditLog audit;

	private final EvidencePolicy evidencePolicy;

	private final ApplicationEventPublisher events;

	public FactRecorder(FactRepository facts, DisclosedPlans plans, CurrentUsers currentUsers, GovernmentAccess access,
			AuditLog audit, EvidencePolicy evidencePolicy, ApplicationEventPublisher events) {
		this.facts = facts;
		this.plans = plans;
		this.currentUsers = currentUsers;
		this.access = access;
		this.audit = audit;
		this.evidencePolicy = evidencePolicy;
		this.events = events;
	}

	/** Whether the signed-in user (if any) may record the government's results: for links and buttons. */
	public boolean mayRecord(Government government) {
		return currentUsers.current().map(u -> access.mayEdit(u, government.id())).orElse(false);
	}

	/** Refuses (403) anyone but the government's officer, before the entry form is shown. */
	public void requireEntry(Government government) {
		access.requireEdit(currentUsers.require(), government.id());
	}

	/**
	 * Appends the facts, with evidence files for the first of them (the officer's form sends one fact). The
	 * files are checked only once the writer is known to be allowed.
	 *
	 * @throws InvalidInputException for bad values (400)
	 * @throws FactConflictException when they clash with recorded facts (409)
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but the government's officer
	 */
	@Transactional
	public List<ResultFact> record(Government government, int year, List<FactInput> inputs,
			List<EvidencePolicy.Upload> uploads) {
		CurrentUser user = currentUsers.require();
		access.requireEdit(user, government.id());
		DisclosedPlan plan = plans.latestAnnual(government.id(), year)
			.orElseThrow(() -> noPlan(government, year));
		List<EvidencePolicy.EvidenceFile> evidence = evidencePolicy.checkAll("evidence", uploads);
		facts.lock(government.id(), year);
		List<ResultFact> recorded = facts.findAll(government.id(), year);
		Set<Long> programIds = plan.content().programs().stream().map(PlanContent.Program::id).collect(Collectors.toSet());
		FactValidator.Outcome outcome = FactValidator.check(year, programIds, recorded, inputs);
		if (!outcome.errors().isEmpty()) {
			throw new InvalidInputException("실적 입력값에 문제가 있습니다. 아무것도 저장하지 않았습니다.", outcome.errors());
		}
		if (!outcome.conflicts().isEmpty()) {
			throw new FactConflictException("이미 기록된 실적과 충돌합니다. 아무것도 저장하지 않았습니다.", outcome.conflicts());
		}
		List<ResultFact> created = new ArrayList<>();
		for (NewFact fact : outcome.facts()) {
			// results against a demo plan are demo too: they go when the plan does
			ResultFact saved = facts.insert(government.id(), year, fact, user.username(), null, plan.demo());
			ResultFact before = fact.supersedes() == null ? null
					: recorded.stream().filter(f -> f.id() == fact.supersedes()).findFirst().orElseThrow();
			audit.record(AUDIT_FACT, Long.toString(saved.id()), before == null ? "record" : "correct", before, saved);
			created.add(saved);
		}
		if (!evidence.isEmpty()) {
			attach(created.get(0), evidence, user);
		}
		events.publishEvent(new ResultFactsAppended(government.id(), year, created.size()));
		return created;
	}

	/** Appends evidence to a recorded fact of the government (also to a superseded one: history stays whole). */
	@Transactional
	public List<FactRepository.EvidenceInfo> attach(Government government, int year, long factId,
			List<EvidencePolicy.Upload> uploads) {
		CurrentUser user = currentUsers.require();
		access.requireEdit(user, government.id());
		List<EvidencePolicy.EvidenceFile> evidence = evidencePolicy.checkAll("file", uploads);
		ResultFact fact = facts.findById(factId)
			.filter(f -> f.governmentId() == government.id() && f.year() == year)
			.orElseThrow(() -> new InvalidInputException("실적 ID " + KoreanParticles.attach(String.valueOf(factId), "은") + " 이 지자체의 " + year + "년 실적에 없습니다.",
					List.of(new FieldProblem("factId", "이 지자체의 " + year + "년 실적이 아닙니다."))));
		List<FactRepository.EvidenceInfo> saved = attach(fact, evidence, user);
		events.publishEvent(new ResultFactsAppended(government.id(), year, 0));
		return saved;
	}

	private List<FactRepository.EvidenceInfo> attach(ResultFact fact, List<EvidencePolicy.EvidenceFile> evidence,
			CurrentUser user) {
		List<FactRepository.EvidenceInfo> saved = new ArrayList<>();
		for (EvidencePolicy.EvidenceFile file : evidence) {
			FactRepository.EvidenceInfo info = facts.insertEvidence(fact.id(), file, user.username());
			audit.record(AUDIT_EVIDENCE, Long.toString(info.id()), "attach", null, info);
			saved.add(info);
		}
		return saved;
	}

	private static InvalidInputException noPlan(Government government, int year) {
		String message = government.nameKo() + "의 " + year + "년 연차별 세부계획이 아직 공시되지 않아 실적을 입력할 수 없습니다.";
		return new InvalidInputException(message, List.of(new FieldProblem("year", message)));
	}
}
