package kr.jobgoal.result.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.region.Government;
import kr.jobgoal.result.ResultFact;
import kr.jobgoal.result.store.FactRepository;
import kr.jobgoal.shared.KoreanParticles;
import kr.jobgoal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence files are for the government's officer, its province's reviewer and the ministry, not the public.
 * Who may read is decided before anything is looked up, so that a refused reader learns nothing about which
 * files exist (403 for every id, 404 only to those who may read).
 */
@Service
@Transactional(readOnly = true)
public class ResultEvidence {

	private final FactRepository facts;

	private final CurrentUsers users;

	private final GovernmentAccess access;

	public ResultEvidence(FactRepository facts, CurrentUsers users, GovernmentAccess access) {
		this.facts = facts;
		this.users = users;
		this.access = access;
	}

	public boolean mayRead(Government government) {
		return users.current().map(u -> access.mayReadDrafts(u, government.id())).orElse(false);
	}

	/** The evidence of each fact, by fact id; nothing for a reader who may not see it. */
	public Map<Long, List<FactRepository.EvidenceInfo>> of(Government government, List<ResultFact> recorded) {
		if (!mayRead(government) || recorded.isEmpty()) {
			return Map.of();
		}
		return facts.findEvidence(recorded.stream().map(ResultFact::id).toList())
			.stream()
			.collect(Collectors.groupingBy(FactRepository.EvidenceInfo::factId));
	}

	public FactRepository.EvidenceContent download(Government government, int year, long id) {
		access.requireReadDrafts(users.require(), government.id());
		return facts.findEvidenceContent(id)
			.filter(e -> e.governmentId() == government.id() && e.year() == year)
			.orElseThrow(() -> new NotFoundException("증빙 파일 " + KoreanParticles.attach(String.valueOf(id), "이") + " 없습니다."));
	}
}
