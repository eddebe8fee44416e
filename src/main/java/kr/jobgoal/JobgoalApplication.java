package kr.jobgoal;

import java.util.Arrays;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** 지역일자리 목표 공시·평가 플랫폼: one deployable, one top-level package per module. */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
public class JobgoalApplication {

	/** One-shot commands: they run against the database, print their result and exit. */
	static final Set<String> COMMANDS = Set.of("--jobgoal.audit.verify", "--jobgoal.demo.remove");

	public static void main(String[] args) {
		SpringApplication.run(JobgoalApplication.class, withoutHttpForCommands(args));
	}

	/** A command opens no HTTP port (server.port=-1), so it also runs beside an instance that serves. */
	static String[] withoutHttpForCommands(String[] args) {
		if (Arrays.stream(args).noneMatch(arg -> COMMANDS.contains(arg.split("=", 2)[0]))) {
			return args;
		}
		String[] withoutHttp = Arrays.copyOf(args, args.length + 1);
		withoutHttp[args.length] = "--server.port=-1";
		return withoutHttp;
	}
}
