package cn.gdftu.twocoverage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import picocli.CommandLine;

import cn.gdftu.twocoverage.job.MonthlyCommand;

/**
 * The monthly two-coverage job. The command line is parsed before Spring starts, so that a bad
 * argument is one line on standard error, and Spring starts on the database the arguments name.
 */
@SpringBootApplication
public class TwoCoverageApplication {

	public static void main(String[] args) {
		System.exit(new CommandLine(new MonthlyCommand()).execute(args));
	}
}
