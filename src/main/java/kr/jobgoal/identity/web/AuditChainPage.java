package kr.jobgoal.identity.web;

import kr.jobgoal.identity.IdentityPaths;
import kr.jobgoal.identity.audit.AuditChain;
import kr.jobgoal.shared.SeoulClock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's check of the audit log's hash chain: intact, or the first broken record and why. */
@Controller
class AuditChainPage {

	private final AuditChain chain;

	AuditChainPage(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping(IdentityPaths.ADMIN_AUDIT_CHAIN)
	String verify(Model model) {
		AuditChain.Verification result = chain.verify();
		model.addAttribute("result", result);
		model.addAttribute("faultKey", result.intact() ? null : result.broken().messageKey());
		model.addAttribute("zone", SeoulClock.SEOUL);
		return "identity/admin-audit-chain";
	}
}
