package kr.jobgoal.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The administrator's check of the audit log's hash chain: intact, or the first broken record and why. */
@Controller
class AuditChainPage {

	static final String PATH = "/admin/audit/chain";

	private final AuditChain chain;

	AuditChainPage(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping(PATH)
	String verify(Model model) {
		AuditChain.Verification result = chain.verify();
		model.addAttribute("result", result);
		model.addAttribute("faultKey", result.intact() ? null : faultKey(result.broken()));
		model.addAttribute("zone", LoginRefusal.KOREA);
		return "identity/admin-audit-chain";
	}

	/** The message (Korean and English bundles) that explains a fault; its argument is the expected position. */
	static String faultKey(AuditChain.BrokenRecord broken) {
		return "identity.admin.chain.fault." + broken.fault().name();
	}
}
