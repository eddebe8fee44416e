package kr.jobgoal.plan.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import kr.jobgoal.identity.AuditLog;
import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import kr.jobgoal.identity.GovernmentAccess;
import kr.jobgoal.plan.DisclosedPlan;
import kr.jobgoal.plan.DisclosedPlans;
import kr.jobgoal.plan.DraftConflictException;
import kr.jobgoal.plan.PlanContent;
import kr.jobgoal.plan.PlanDiff;
import kr.jobgoal.plan.PlanDisclosed;
import kr.jobgoal.plan.PlanInput;
import kr.jobgoal.plan.PlanJson;
import kr.jobgoal.plan.PlanKey;
import kr.jobgoal.plan.PlanMessages;
import kr.jobgoal.plan.PlanPeriod;
import kr.jobgoal.plan.PlanRefusedException;
import kr.jobgoal.plan.PlanValidationException;
import kr.jobgoal.plan.PlanValidator;
import kr.jobgoal.plan.StoredVersion;
import kr.jobgoal.plan.Violation;
import kr.jobgoal.plan.excel.PlanWorkbookReader;
import kr.jobgoal.plan.excel.PlanWorkbookWriter;
import kr.jobgoal.plan.store.DraftRevisionRepository;
import kr.jobgoal.plan.store.PlanContentRepository;
import kr.jobgoal.plan.store.PlanVersionRepository;
import kr.jobgoal.plan.store.SubCategoryRepository;
import kr.jobgoal.region.Government;
import kr.jobgoal.region.GovernmentDirectory;
import kr.jobgoal.shared.NotFoundException;
import kr.jobgoal.shared.TextRule;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plan workflow. A local officer edits the draft of their own government only; every save is checked
 * field by field and guarded by the draft's lock version (optimistic locking), so a save based on an older
 * state is refused with what the other person changed. Disclosing freezes the draft as the next immutable
 * version; from the second version on it needs a reason. Provincial reviewers of the parent province and the
 * ministry read drafts (their comments are {@link PlanComments}). A plan comes and goes as a workbook too.
 * Every change goes to the audit log in the same transaction.
 */
@Service
@Transactional
public class PlanService implements DisclosedPlans {

	public static final String AUDIT_DRAFT = "plan.draft";

	public static final String AUDIT_VERSION = "plan.version";

	private final PlanVersionRepository plans;

	private final PlanContentRepository contents;

	private final DraftRevisionRepository revisions;

	private final SubCategoryRepository subCategories;

	private final GovernmentDirectory directory;

	private final GovernmentAccess access;

	private final CurrentUsers users;

	private final AuditLog audit;

	private final JsonMapper json;

	private final PlanMessages messages;

	private final PlanWorkbookWriter workbookWriter;

	private final PlanWorkbookReader workbookReader;

	private final ApplicationEventPublisher events;

	private final LateAmendments lateAmendments;

	public PlanService(PlanVersionRepository plans, PlanContentRepository contents, DraftRevisionRepository revisions,
			SubCategoryRepository subCategories, GovernmentDirectory directory, GovernmentAccess access, CurrentUsers users,
			AuditLog audit, JsonMapper json, PlanMessages messages, PlanWorkbookWriter workbookWriter, PlanWorkbookReader workbookReader,
			ApplicationEventPublisher events, LateAmendments lateAmendments) {
		this.lateAmendments = lateAmendments;
		this.plans = plans;
		this.contents = contents;
		this.revisions = revisions;
		this.subCategories = subCategories;
		this.directory = directory;
		this.access = access;
		this.users = users;
		this.events = events;
		this.audit = audit;
		this.json = json;
		this.messages = messages;
		this.workbookWriter = workbookWriter;
		this.workbookReader = workbookReader;
	}

	// ---- reading disclosed versions (public)

	@Override
	@Transactional(readOnly = true)
	public Optional<DisclosedPlan> latest(long governmentId, PlanPeriod period) {
		return plans.latestDisclosed(new PlanKey(governmentId, period)).map(StoredVersion::toDisclosed);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<DisclosedPlan> version(long governmentId, PlanPeriod period, int version) {
		return plans.disclosed(new PlanKey(governmentId, period), version).map(StoredVersion::toDisclosed);
	}

	@Override
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(long governmentId, PlanPeriod period) {
		return disclosedVersions(new PlanKey(governmentId, period)).stream()
			.map(v -> new VersionSummary(v.version(), v.disclosedAt(), v.reason()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<DisclosedPlan> allAnnualVersions(int year) {
		return plans.allAnnualVersions(year).stream().map(StoredVersion::toDisclosed).toList();
	}

	@Transactional(readOnly = true)
	public List<StoredVersion> disclosedVersions(PlanKey key) {
		return plans.disclosedVersions(key);
	}

	@Transactional(readOnly = true)
	public Optional<StoredVersion> latestDisclosed(PlanKey key) {
		return plans.latestDisclosed(key);
	}

	@Transactional(readOnly = true)
	public Optional<StoredVersion> disclosed(PlanKey key, int version) {
		return plans.disclosed(key, version);
	}

	/** The government a path's code names, as it was when the plan was due (any of its codes finds it). */
	@Transactional(readOnly = true)
	public Government government(String code, PlanPeriod period) {
		return directory.find(code, period.referenceDate())
			.orElseThrow(() -> new NotFoundException(
					"코드 '" + code + "'에 해당하는 지자체가 " + period.referenceDate() + " 기준으로 없습니다."));
	}

	// ---- drafts

	/** The draft, for its own officer, the provincial reviewer of its province and the ministry. */
	@Transactional(readOnly = true)
	public Optional<StoredVersion> draft(PlanKey key) {
		access.requireReadDrafts(users.require(), key.governmentId());
		return plans.draft(key, false);
	}

	/** The draft as it was saved at a lock version, if that state is still known. */
	@Transactional(readOnly = true)
	public Optional<PlanContent> draftRevision(StoredVersion draft, int lockVersion) {
		access.requireReadDrafts(users.require(), draft.key().governmentId());
		return revisions.revision(draft.id(), lockVersion).map(this::readContent);
	}

	/**
	 * Starts the draft: an amendment copies the latest disclosed version (programs keep their ids), a first
	 * plan starts empty. An existing draft is returned as it is.
	 */
	public StoredVersion startDraft(PlanKey key) {
		CurrentUser user = requireEdit(key);
		Optional<StoredVersion> existing = plans.draft(key, true);
		if (existing.isPresent()) {
			return existing.get();
		}
		Optional<StoredVersion> latest = plans.latestDisclosed(key);
		lateAmendments.requireAmendable(key, latest);
		PlanContent content = latest.map(StoredVersion::content).orElse(PlanContent.empty());
		return insertDraft(key, user, latest.map(StoredVersion::version).orElse(null), content);
	}

	/** Creates the draft with the given contents; refused as a conflict when one exists already. */
	public StoredVersion createDraft(PlanKey key, PlanInput input) {
		CurrentUser user = requireEdit(key);
		Optional<StoredVersion> existing = plans.draft(key, true);
		if (existing.isPresent()) {
			throw new DraftConflictException(existing.get(), null);
		}
		Optional<StoredVersion> latest = plans.latestDisclosed(key);
		lateAmendments.requireAmendable(key, latest);
		long planId = plans.findOrCreatePlan(key, false);
		PlanContent content = validated(key, planId, input);
		Integer basedOn = latest.map(StoredVersion::version).orElse(null);
		return insertDraft(key, user, basedOn, content);
	}

	private StoredVersion insertDraft(PlanKey key, CurrentUser user, Integer basedOn, PlanContent content) {
		long planId = plans.findOrCreatePlan(key, false);
		long versionId;
		try {
			versionId = plans.insertDraft(planId, basedOn, content.jobTargetTotal(), user.username());
		}
		catch (DuplicateKeyException e) {
			// someone else created the draft at the same moment
			throw new DraftConflictException(plans.draft(key, false).orElse(null), null);
		}
		PlanContent stored = contents.replaceContents(versionId, content);
		revisions.saveRevision(versionId, 0, writeContent(stored), user.username());
		audit.record(AUDIT_DRAFT, key.toString(), "create", null, contentJson(stored));
		return plans.draft(key, false).orElseThrow();
	}

	/**
	 * Saves the draft if nobody saved it since {@code expectedLock} (null: whatever its state, for
	 * {@code If-Match: *}). Every field is checked first; on any problem nothing changes.
	 */
	public StoredVersion saveDraft(PlanKey key, PlanInput input, Integer expectedLock) {
		CurrentUser user = requireEdit(key);
		StoredVersion draft = lockedDraft(key, expectedLock);
		lateAmendments.requireAmendable(key, plans.latestDisclosed(key));
		PlanContent content = validated(key, draft.planId(), input);
		if (!plans.updateDraft(draft.id(), draft.lockVersion(), content.jobTargetTotal(), user.username())) {
			throw conflict(key, draft.lockVersion());
		}
		PlanContent stored = contents.replaceContents(draft.id(), content);
		revisions.saveRevision(draft.id(), draft.lockVersion() + 1, writeContent(stored), user.username());
		audit.record(AUDIT_DRAFT, key.toString(), "update", contentJson(draft.content()), contentJson(stored));
		return plans.draft(key, false).orElseThrow();
	}

	/** An uploaded plan replaces the draft (at {@code expectedLock}) or becomes the new draft. */
	public StoredVersion replaceDraft(PlanKey key, PlanInput input, Integer expectedLock) {
		requireEdit(key);
		boolean exists = plans.draft(key, true).isPresent();
		return exists ? saveDraft(key, input, expectedLock) : createDraft(key, input);
	}

	/** Deletes the draft (an amendment started by mistake); disclosed versions are not touched. */
	public void discardDraft(PlanKey key, int expectedLock) {
		requireEdit(key);
		StoredVersion draft = lockedDraft(key, expectedLock);
		plans.deleteDraft(draft.id());
		audit.record(AUDIT_DRAFT, key.toString(), "discard", contentJson(draft.content()), null);
	}

	/**
	 * Discloses (공시) the draft as the next version, frozen with the time. From the second version on a
	 * reason is required. {@code expectedLock} null discloses the draft in whatever state it is.
	 */
	public StoredVersion disclose(PlanKey key, Integer expectedLock, String reason) {
		CurrentUser user = requireEdit(key);
		StoredVersion draft = plans.draft(key, true)
			.orElseThrow(() -> new NotFoundException("공시할 초안이 없습니다. 먼저 초안을 작성하세요."));
		if (expectedLock != null && draft.lockVersion() != expectedLock) {
			throw conflict(key, expectedLock);
		}
		Optional<StoredVersion> latest = plans.latestDisclosed(key);
		lateAmendments.requireAmendable(key, latest);
		if (latest.isPresent() && PlanDiff.between(latest.get().content(), draft.content()).isEmpty()) {
			throw new PlanRefusedException(new Violation("plan", "plan.error.identicalToDisclosed",
					Integer.toString(latest.get().version())));
		}
		List<Violation> problems = new ArrayList<>(PlanValidator.checkDisclosable(draft.content()));
		int version = plans.nextVersion(draft.planId());
		int before = problems.size();
		String trimmed = PlanValidator.checkedText("reason", reason, TextRule.Kind.TEXT, PlanValidator.REASON_LENGTH,
				problems);
		if (version > 1 && trimmed == null && problems.size() == before) {
			problems.add(new Violation("reason", "plan.error.reasonRequired"));
		}
		if (!problems.isEmpty()) {
			throw new PlanValidationException(problems);
		}
		if (!plans.disclose(draft.id(), draft.lockVersion(), version, trimmed, user.username())) {
			throw conflict(key, draft.lockVersion());
		}
		StoredVersion disclosed = plans.disclosed(key, version).orElseThrow();
		lateAmendments.disclosed(key, draft.planId(), version);
		audit.record(AUDIT_VERSION, key + "/v" + version, "disclose", null,
				Map.of("reason", trimmed == null ? "" : trimmed, "plan", contentJson(disclosed.content())));
		events.publishEvent(new PlanDisclosed(key.governmentId(), key.period(), version));
		return disclosed;
	}

	// ---- Excel

	/** The workbook of a disclosed version or of the draft (for whoever may read it). */
	@Transactional(readOnly = true)
	public byte[] workbook(Government government, StoredVersion version) {
		if (version.draft()) {
			access.requireReadDrafts(users.require(), government.id());
		}
		String label = version.draft() ? "초안 (공시 전)" : Integer.toString(version.version());
		return workbookWriter.write(new PlanWorkbookWriter.Heading(government, version.key().period(), label, version.demo()),
				version.content(), subCategories.subCategories(government.id()));
	}

	/**
	 * A filled template becomes the draft (replacing it, at {@code expectedLock}, or creating it). Any problem
	 * of the file or of any row, and nothing is applied: the problems come by sheet, row and column.
	 */
	public StoredVersion uploadDraft(PlanKey key, byte[] bytes, Integer expectedLock) {
		requireEdit(key);
		Government government = directory.findById(key.governmentId(), key.period().referenceDate()).orElseThrow();
		Set<String> codes = directory.codeHistory(key.governmentId()).stream().map(Government::code)
			.collect(Collectors.toSet());
		PlanWorkbookReader.Upload upload = workbookReader.read(bytes, government, codes, key.period());
		try {
			return replaceDraft(key, upload.input(), expectedLock);
		}
		catch (PlanValidationException e) {
			throw new PlanWorkbookReader.UnreadableException(upload.place(e.violations(), messages));
		}
	}

	// ---- who may do what: the pages ask here before they build anything

	/** Refuses (403) anyone who may not read the government's drafts and sub-categories. */
	public void requireReadDrafts(long governmentId) {
		access.requireReadDrafts(users.require(), governmentId);
	}

	/** Whether the signed-in user (if any) may edit the government's plans: for links and buttons. */
	public boolean mayEdit(long governmentId) {
		return users.current().map(u -> access.mayEdit(u, governmentId)).orElse(false);
	}

	// ---- internals

	public CurrentUser requireEdit(PlanKey key) {
		CurrentUser user = users.require();
		access.requireEdit(user, key.governmentId());
		return user;
	}

	private StoredVersion lockedDraft(PlanKey key, Integer expectedLock) {
		StoredVersion draft = plans.draft(key, true).orElseThrow(() -> new DraftConflictException(null, null));
		if (expectedLock != null && draft.lockVersion() != expectedLock) {
			throw conflict(key, expectedLock);
		}
		return draft;
	}

	private DraftConflictException conflict(PlanKey key, int expectedLock) {
		StoredVersion current = plans.draft(key, false).orElse(null);
		PlanContent base = current == null ? null
				: revisions.revision(current.id(), expectedLock).map(this::readContent).orElse(null);
		return new DraftConflictException(current, base);
	}

	private PlanContent validated(PlanKey key, long planId, PlanInput input) {
		PlanContentRepository.KnownIds known = contents.knownIds(planId);
		PlanValidator.Result result = PlanValidator.validate(input,
				new PlanValidator.Context(known.strategies(), known.programs(), subCategories.subCategories(key.governmentId())));
		if (!result.valid()) {
			throw new PlanValidationException(result.violations());
		}
		return result.content();
	}

	public PlanJson.Content contentJson(PlanContent content) {
		return PlanJson.Content.of(content, i -> messages.label(i, PlanMessages.KOREAN));
	}

	private String writeContent(PlanContent content) {
		return json.writeValueAsString(contentJson(content));
	}

	private PlanContent readContent(String text) {
		return json.readValue(text, PlanJson.Content.class).toContent();
	}
}
