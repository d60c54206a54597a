package cn.gdftu.twocoverage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import picocli.CommandLine;

import cn.gdftu.twocoverage.job.MonthlyCommand;
import cn.gdftu.twocoverage.site.ServeCommand;
import cn.gdftu.twocoverage.site.UsersCommand;

/**
 * The monthly two-coverage job. The command line is parsed before Spring starts, so that a bad
 * argument is one line on standard error, and Spring starts on the database the arguments name.
 */
@SpringBootApplication
public class TwoCoverageApplication {

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	/** The whole command line: the monthly job, with validate and the site's serve and users commands. */
	public static CommandLine commandLine() {
		return new CommandLine(new MonthlyCommand()).addSubcommand(new ServeCommand())
			.addSubcommand(new UsersCommand());
	}
}
