package cn.gdftu.twocoverage.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import org.jdbi.v3.core.Jdbi;

import org.springframework.security.crypto.password.PasswordEncoder;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.PasswordRule;
import cn.gdftu.twocoverage.site.Passwords;
import cn.gdftu.twocoverage.site.SiteStore;
import cn.gdftu.twocoverage.store.Stores;

/**
 * {@code users (add | list | disable | password)}: the site's accounts (SPEC §9), kept in the job's
 * database. Passwords come from standard input only and are stored as Spring Security's delegating
 * hash ({bcrypt}…), never in clear. Runs without Spring: it only needs the database.
 */
@Command(name = "users", mixinStandardHelpOptions = true, sortOptions = false,
		description = "管理报送网站的账户：每个市一个账户，另有省级账户。密码只从标准输入读取。",
		subcommands = { UsersCommand.Add.class, UsersCommand.ListAccounts.class, UsersCommand.Disable.class,
				UsersCommand.Password.class })
public class UsersCommand implements Callable<Integer> {

	static final int BAD_ARGUMENTS = 2;

	private static final Pattern NAME = Account.NAME;

	static final PasswordEncoder ENCODER = Passwords.ENCODER;

	@Override
	public Integer call() {
		System.err.println("请指定子命令：add、list、disable 或 password（users --help 查看用法）");
		return BAD_ARGUMENTS;
	}

	/** The database option shared by every subcommand. */
	static class Database {

		@Option(names = "--db", paramLabel = "FILE|URL",
				description = "SQLite 数据库（默认 reports/two-coverage.db，与月度作业相同），或 jdbc:postgresql://主机[:端口]/数据库")
		String db;

		SiteStore open() throws IOException {
			cn.gdftu.twocoverage.store.Database database = cn.gdftu.twocoverage.store.Database.parse(this.db, Path.of("reports/two-coverage.db"), System.getenv());
			if (database.file() != null) {
				Files.createDirectories(database.file().toAbsolutePath().getParent());
			}
			try {
				Jdbi jdbi = Stores.jdbi(database.dataSource());
				return jdbi.onDemand(SiteStore.class);
			}
			catch (RuntimeException ex) {
				throw new cn.gdftu.twocoverage.store.Database.UnusableDatabaseException(database.explain(ex));
			}
		}
	}

	static int fail(String message) {
		System.err.println(message);
		return BAD_ARGUMENTS;
	}

	static String readPassword() throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		String line = in.readLine();
		return (line == null) ? "" : line;
	}

	@Command(name = "add", mixinStandardHelpOptions = true, description = "新建账户（密码从标准输入读取）")
	static class Add implements Callable<Integer> {

		@Parameters(paramLabel = "NAME", description = "账户名（字母、数字、. _ -）")
		String name;

		@ArgGroup(exclusive = true, multiplicity = "1")
		Kind kind;

		static class Kind {

			@Option(names = "--city", paramLabel = "CODE", description = "市代码，如 440100：只能为本市报送")
			String city;

			@Option(names = "--province", description = "省级账户：查看并可代任何市报送")
			boolean province;
		}

		@Option(names = "--password-stdin", required = true, description = "从标准输入读取密码（一行）")
		boolean passwordStdin;

		@Mixin
		Database database = new Database();

		@Override
		public Integer call() throws IOException {
			if (!NAME.matcher(this.name).matches()) {
				return fail("账户名只能由字母、数字和 . _ - 组成（1 至 64 个字符）: " + this.name);
			}
			if (this.kind.city != null && !ReferenceData.bundled().isCity(this.kind.city)) {
				return fail("--city 应为广东省地级市代码，例如 440100，而不是 " + this.kind.city);
			}
			String password = readPassword();
			if (PasswordRule.problem(this.name, password).isPresent()) {
				return fail(PasswordRule.problem(this.name, password).get() + "（从标准输入读取一行）");
			}
			SiteStore store = this.database.open();
			if (store.account(this.name).isPresent()) {
				return fail("账户已存在: " + this.name + "（改密码用 users password）");
			}
			store.addAccount(this.name, this.kind.city, ENCODER.encode(password), Instant.now().toString());
			System.out.println("已新建账户 " + this.name + "（" + describe(this.kind.city) + "）");
			return 0;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "列出账户")
	static class ListAccounts implements Callable<Integer> {

		@Mixin
		Database database = new Database();

		@Override
		public Integer call() throws IOException {
			Instant now = Instant.now();
			for (Account account : this.database.open().accounts()) {
				String state = !account.enabled() ? "已停用" : account.isLockedAt(now) ? "已锁定至 " + account.lockedUntil() : "正常";
				System.out.println(account.name() + "\t" + describe(account.cityCode()) + "\t" + state);
			}
			return 0;
		}
	}

	@Command(name = "disable", mixinStandardHelpOptions = true, description = "停用账户（可用 users password 重新启用）")
	static class Disable implements Callable<Integer> {

		@Parameters(paramLabel = "NAME")
		String name;

		@Mixin
		Database database = new Database();

		@Override
		public Integer call() throws IOException {
			if (this.database.open().disable(this.name) == 0) {
				return fail("没有这个账户: " + this.name);
			}
			System.out.println("已停用账户 " + this.name);
			return 0;
		}
	}

	@Command(name = "password", mixinStandardHelpOptions = true, description = "设置新密码（从标准输入读取），同时启用并解锁账户")
	static class Password implements Callable<Integer> {

		@Parameters(paramLabel = "NAME")
		String name;

		@Option(names = "--password-stdin", required = true, description = "从标准输入读取密码（一行）")
		boolean passwordStdin;

		@Mixin
		Database database = new Database();

		@Override
		public Integer call() throws IOException {
			String password = readPassword();
			if (PasswordRule.problem(this.name, password).isPresent()) {
				return fail(PasswordRule.problem(this.name, password).get() + "（从标准输入读取一行）");
			}
			if (this.database.open().setPassword(this.name, ENCODER.encode(password)) == 0) {
				return fail("没有这个账户: " + this.name);
			}
			System.out.println("已为账户 " + this.name + " 设置新密码");
			return 0;
		}
	}

	static String describe(String cityCode) {
		if (cityCode == null) {
			return "省级";
		}
		return ReferenceData.bundled().city(cityCode).map((d) -> d.name() + " " + cityCode).orElse(cityCode);
	}
}
