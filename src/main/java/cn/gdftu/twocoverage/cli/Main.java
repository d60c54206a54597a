package cn.gdftu.twocoverage.cli;

import picocli.CommandLine;

/**
 * The jar's entry point. The command line is parsed before Spring starts, so that a bad argument is
 * one line on standard error, and Spring starts on the database the arguments name.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(commandLine().execute(args));
	}

	/** The whole command line: the monthly job, with validate and the site's serve and users commands. */
	public static CommandLine commandLine() {
		return new CommandLine(new MonthlyCommand()).addSubcommand(new ServeCommand())
			.addSubcommand(new UsersCommand());
	}
}
