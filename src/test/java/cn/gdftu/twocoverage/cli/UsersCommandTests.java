package cn.gdftu.twocoverage.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.SiteStore;
import cn.gdftu.twocoverage.store.Stores;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code users add/list/disable/password}: accounts in the job's database, passwords only from stdin, hashed. */
class UsersCommandTests {

	@TempDir
	Path root;

	Run users(String stdin, String... args) {
		InputStream in = System.in;
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream stdout = new ByteArrayOutputStream();
		ByteArrayOutputStream stderr = new ByteArrayOutputStream();
		try {
			System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
			System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
			String[] all = new String[args.length + 3];
			all[0] = "users";
			System.arraycopy(args, 0, all, 1, args.length);
			all[args.length + 1] = "--db";
			all[args.length + 2] = this.root.resolve("two-coverage.db").toString();
			int exit = Main.commandLine().execute(all);
			return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setIn(in);
			System.setOut(out);
			System.setErr(err);
		}
	}

	SiteStore store() {
		SQLiteDataSource dataSource = new SQLiteDataSource();
		dataSource.setUrl(Workspace.url(this.root.resolve("two-coverage.db")));
		return Stores.jdbi(dataSource).onDemand(SiteStore.class);
	}

	record Run(int exit, String out, String err) {
	}

	@Nested
	class Add {

		@Test
		void storesTheDelegatingHashNeverThePassword() {
			Run run = users("a-long-secret\n", "add", "gz", "--city", "440100", "--password-stdin");
			assertThat(run.exit()).as(run.err()).isZero();
			assertThat(run.out()).contains("广州市");
			Account account = store().account("gz").orElseThrow();
			assertThat(account.cityCode()).isEqualTo("440100");
			assertThat(account.passwordHash()).startsWith("{bcrypt}").doesNotContain("a-long-secret");
			assertThat(UsersCommand.ENCODER.matches("a-long-secret", account.passwordHash())).isTrue();
		}

		@Test
		void aProvinceAccountHasNoCity() {
			assertThat(users("a-long-secret\n", "add", "prov", "--province", "--password-stdin").exit()).isZero();
			assertThat(store().account("prov").orElseThrow().isProvince()).isTrue();
		}

		@Test
		void refusesAnUnknownCityAShortPasswordADuplicateAndBothKinds() {
			assertThat(users("a-long-secret\n", "add", "x", "--city", "449999", "--password-stdin").exit()).isEqualTo(2);
			assertThat(users("short\n", "add", "x", "--city", "440100", "--password-stdin").exit()).isEqualTo(2);
			assertThat(users("a-long-secret\n", "add", "x", "--city", "440100", "--province", "--password-stdin").exit())
				.isEqualTo(2);
			assertThat(users("a-long-secret\n", "add", "x", "--city", "440100").exit()).isEqualTo(2);
			assertThat(users("a-long-secret\n", "add", "x", "--city", "440100", "--password-stdin").exit()).isZero();
			Run again = users("a-long-secret\n", "add", "x", "--city", "440100", "--password-stdin");
			assertThat(again.exit()).isEqualTo(2);
			assertThat(again.err()).contains("账户已存在");
		}
	}

	@Test
	void listDisableAndPassword() {
		users("a-long-secret\n", "add", "gz", "--city", "440100", "--password-stdin");
		assertThat(users("", "list").out()).contains("gz\t广州市 440100\t正常");
		assertThat(users("", "disable", "gz").exit()).isZero();
		assertThat(users("", "list").out()).contains("已停用");
		assertThat(store().account("gz").orElseThrow().enabled()).isFalse();
		assertThat(users("another-secret\n", "password", "gz", "--password-stdin").exit()).isZero();
		Account account = store().account("gz").orElseThrow();
		assertThat(account.enabled()).isTrue();
		assertThat(UsersCommand.ENCODER.matches("another-secret", account.passwordHash())).isTrue();
		assertThat(users("", "disable", "nobody").exit()).isEqualTo(2);
	}
}
