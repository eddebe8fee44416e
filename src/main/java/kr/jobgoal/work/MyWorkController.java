package kr.jobgoal.work;

import java.util.List;

import kr.jobgoal.identity.CurrentUser;
import kr.jobgoal.identity.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "내 업무" ({@value #MY_WORK}), where a sign-in lands: by role. The ministry administrator's is the
 * administration menu, also at {@value #ADMIN}.
 */
@Controller
class MyWorkController {

	static final String MY_WORK = "/my";

	static final String ADMIN = "/admin";

	/** The administrator's pages, each with its message key under {@code work.admin.}; paths as their modules map them. */
	record MenuItem(String key, String path) {
	}

	static final List<MenuItem> ADMIN_MENU = List.of(new MenuItem("users", "/admin/users"),
			new MenuItem("audit", "/admin/audit"), new MenuItem("chain", "/admin/audit/chain"),
			new MenuItem("statistics", "/admin/statistics/import"), new MenuItem("deadlines", "/admin/deadlines"),
			new MenuItem("overdue", "/dashboard/overdue"), new MenuItem("plans", "/plans"),
			new MenuItem("demo", "/admin/demo"));

	private final CurrentUsers users;

	private final MyWork work;

	MyWorkController(CurrentUsers users, MyWork work) {
		this.users = users;
		this.work = work;
	}

	@GetMapping(MY_WORK)
	String myWork(Model model) {
		CurrentUser user = users.require();
		model.addAttribute("user", user);
		model.addAttribute("today", work.today());
		model.addAttribute("zone", work.zone());
		switch (user.role()) {
			case MINISTRY_ADMIN -> {
				model.addAttribute("menu", ADMIN_MENU);
				return "work/admin";
			}
			case LOCAL_OFFICER -> work.officer(user).ifPresent(officer -> model.addAttribute("officer", officer));
			case PROVINCIAL_REVIEWER -> work.reviewer(user).ifPresent(reviewer -> model.addAttribute("reviewer", reviewer));
			default -> {
			}
		}
		return "work/my";
	}

	@GetMapping(ADMIN)
	String admin(Model model) {
		model.addAttribute("user", users.require());
		model.addAttribute("menu", ADMIN_MENU);
		return "work/admin";
	}
}
