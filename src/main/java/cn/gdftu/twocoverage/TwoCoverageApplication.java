package cn.gdftu.twocoverage;

import org.springframework.boot.autoconfigure.SpringBootApplication;

import picocli.CommandLine;

import cn.gdftu.twocoverage.job.MonthlyCommand;
import cn.gdftu.twocoverage.site.ServeCommand;
import cn.gdftu.twocoverage.site.UsersCommand;
import cn.gdftu.twocoverage.store.BackupCommand;
import cn.gdftu.twocoverage.store.Database;

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
			.addSubcommand(new UsersCommand())
			.addSubcommand(new BackupCommand())
			.setExecutionExceptionHandler(TwoCoverageApplication::databaseFailure);
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
