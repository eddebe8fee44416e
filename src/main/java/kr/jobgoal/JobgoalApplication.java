package kr.jobgoal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** 지역일자리 목표 공시·평가 플랫폼: one deployable, one top-level package per module. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class JobgoalApplication {

	public static void main(String[] args) {
		SpringApplication.run(JobgoalApplication.class, args);
	}
}
