package cn.gdftu.twocoverage.cli;

import picocli.CommandLine;

import cn.gdftu.twocoverage.store.Database;

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

	/** The whole command line: the monthly job, with validate, the site's serve and users commands, and backup. */
	public static CommandLine commandLine() {
		return new CommandLine(new MonthlyCommand()).addSubcommand(new ServeCommand())
			.addSubcommand(new UsersCommand())
			.addSubcommand(new BackupCommand())
			.setExecutionExceptionHandler(Main::databaseFailure);
	}

	/** A bad {@code --db} (exit 2) or a database that cannot be used (exit 3): one line, not a stack trace. */
	static int databaseFailure(Exception ex, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
		if (ex instanceof Database.BadDatabaseException) {
			System.err.println("two-coverage: " + ex.getMessage());
			return 2;
		}
		if (ex instanceof Database.UnusableDatabaseException) {
			System.err.println("two-coverage: " + ex.getMessage());
			return 3;
		}
		throw ex;
	}
}
