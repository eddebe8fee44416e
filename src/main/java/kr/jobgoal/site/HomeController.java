package kr.jobgoal.site;

import java.time.LocalDate;

import kr.jobgoal.region.GovernmentDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final GovernmentDirectory directory;

	HomeController(GovernmentDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/")
	String home(Model model) {
		LocalDate today = LocalDate.now();
		model.addAttribute("overview", NationalOverview.of(today, directory.list(today, null, null)));
		return "site/home";
	}
}
