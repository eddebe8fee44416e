package kr.jobgoal.site.web;

import java.time.Clock;
import java.time.LocalDate;

import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final GovernmentDirectory directory;

	private final Clock clock;

	HomeController(GovernmentDirectory directory, Clock clock) {
		this.clock = clock;
		this.directory = directory;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("overview", NationalOverview.of(today, directory.list(today, null, null)));
		return "site/home";
	}
}
