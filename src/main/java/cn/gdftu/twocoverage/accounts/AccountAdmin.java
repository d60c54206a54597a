package cn.gdftu.twocoverage.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.gdftu.twocoverage.reference.ReferenceData;
import cn.gdftu.twocoverage.site.Account;
import cn.gdftu.twocoverage.site.AccountSessions;
import cn.gdftu.twocoverage.site.PasswordRule;
import cn.gdftu.twocoverage.site.SiteException;
import cn.gdftu.twocoverage.site.SiteStore;

/**
 * The province manages accounts (SPEC §13): create with a one-time password, reset, disable, enable,
 * unlock; and every account sets its own password. Each change and its audit line are written in one
 * transaction; a one-time password is answered once and kept only as its hash.
 */
@Service
@ConditionalOnWebApplication
public class AccountAdmin {

	static final String CREATE = "create";

	static final String RESET = "reset";

	static final String DISABLE = "disable";

	static final String ENABLE = "enable";

	static final String UNLOCK = "unlock";

	static final String PASSWORD = "password";

	static final int MAX_DISPLAY_NAME = 50;

	static final int TRAIL_SHOWN = 200;

	/** No 0/O, 1/l/I: read from the screen and typed by hand. */
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final int ONE_TIME_LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Jdbi jdbi;

	private final SiteStore site;

	private final ReferenceData reference;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountAdmin(Jdbi jdbi, SiteStore site, ReferenceData reference, PasswordEncoder encoder, Clock clock) {
		this.jdbi = jdbi;
		this.site = site;
		this.reference = reference;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** What the province types to create an account. */
	public record NewAccount(String username, String kind, String cityCode, String displayName, String email) {
	}

	/** An account with the one-time password it was just given (shown once, never stored in clear). */
	public record Issued(AccountView account, String temporaryPassword) {
	}

	/** Who made a change and from where, for the audit. */
	public record Actor(String account, String remoteAddress) {
	}

	public List<AccountView> accounts() {
		Instant now = this.clock.instant();
		return this.site.accounts().stream().map((a) -> view(a, now)).toList();
	}

	public List<AccountChange> trail() {
		return this.jdbi.onDemand(AccountStore.class).trail(TRAIL_SHOWN);
	}

	public Issued create(NewAccount form, Actor actor) {
		NewAccount checked = check(form);
		String password = oneTimePassword();
		String hash = this.encoder.encode(password); // bcrypt's 0.1 s outside the write transaction
		try {
			this.jdbi.useTransaction((handle) -> {
				if (handle.attach(SiteStore.class).account(checked.username()).isPresent()) {
					throw duplicate(checked.username());
				}
				AccountStore store = handle.attach(AccountStore.class);
				String now = this.clock.instant().toString();
				store.create(checked.username(), checked.cityCode(), checked.displayName(), checked.email(),
						hash, AccountSessions.freshStamp(), now);
				store.audit(actor.account(), now, actor.remoteAddress(), checked.username(), CREATE,
						describe(checked));
			});
		}
		catch (UnableToExecuteStatementException ex) {
			// Two creations of one name at once: the second finds the key taken.
			if (this.site.account(checked.username()).isPresent()) {
				throw duplicate(checked.username());
			}
			throw ex;
		}
		return new Issued(find(checked.username()), password);
	}

	public Issued reset(String username, Actor actor) {
		String password = oneTimePassword();
		String hash = this.encoder.encode(password);
		change(username, actor, RESET, "", (handle) -> handle.attach(AccountStore.class).reset(username, hash,
				AccountSessions.freshStamp()));
		return new Issued(find(username), password);
	}

	public AccountView disable(String username, Actor actor) {
		if (username.equals(actor.account())) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "不能停用自己正在使用的账户（请用另一个省级账户操作）");
		}
		change(username, actor, DISABLE, "",
				(handle) -> handle.attach(SiteStore.class).disable(username, AccountSessions.freshStamp()));
		return find(username);
	}

	public AccountView enable(String username, Actor actor) {
		change(username, actor, ENABLE, "", (handle) -> handle.attach(AccountStore.class).enable(username));
		return find(username);
	}

	public AccountView unlock(String username, Actor actor) {
		change(username, actor, UNLOCK, "", (handle) -> handle.attach(SiteStore.class).clearFailures(username));
		return find(username);
	}

	/**
	 * The account sets its own password. Answers the new session stamp, which the caller's session keeps
	 * ({@link AccountSessions#keep}); every other session of the account ends.
	 */
	public String changeOwn(String username, String current, String password, String confirm, Actor actor) {
		Account account = this.site.account(username).orElseThrow(() -> notFound(username));
		if (current == null || !this.encoder.matches(current, account.passwordHash())) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "当前密码不正确");
		}
		if (password == null || !password.equals(confirm)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "两次输入的新密码不一致");
		}
		PasswordRule.problem(username, password).ifPresent((problem) -> {
			throw new SiteException(HttpStatus.BAD_REQUEST, problem);
		});
		if (password.equals(current)) {
			throw new SiteException(HttpStatus.BAD_REQUEST, "新密码不能与当前密码相同");
		}
		String stamp = AccountSessions.freshStamp();
		String hash = this.encoder.encode(password);
		change(username, actor, PASSWORD, account.mustChangePassword() ? "一次性密码改为本人密码" : "",
				(handle) -> handle.attach(AccountStore.class).changeOwn(username, hash, stamp));
		return stamp;
	}

	/** The update and its audit line in one transaction; 404 when no account was changed. */
	private void change(String username, Actor actor, String action, String detail,
			java.util.function.ToIntFunction<Handle> update) {
		this.jdbi.useTransaction((handle) -> {
			if (update.applyAsInt(handle) == 0) {
				throw notFound(username);
			}
			handle.attach(AccountStore.class).audit(actor.account(), this.clock.instant().toString(), actor.remoteAddress(), username, action,
					detail);
		});
	}

	private NewAccount check(NewAccount form) {
		String username = trim(form.username());
		if (!Account.NAME.matcher(username).matches()) {
			throw bad("账户名只能由字母、数字和 . _ - 组成（1 至 64 个字符），例如 gz-wang");
		}
		String kind = trim(form.kind()).toLowerCase(Locale.ROOT);
		String city = trim(form.cityCode());
		if (kind.isEmpty()) {
			kind = city.isEmpty() ? "" : AccountView.CITY;
		}
		if (AccountView.CITY.equals(kind)) {
			if (!this.reference.isCity(city)) {
				throw bad(city.isEmpty() ? "市级账户须填市代码（21 个地级以上市之一），例如广州为 440100"
						: "市代码 " + prefix(city) + " 不是广东省 21 个地级以上市之一，例如广州为 440100");
			}
		}
		else if (AccountView.PROVINCE.equals(kind)) {
			if (!city.isEmpty()) {
				throw bad("省级账户不属于任何市，市代码请留空");
			}
			city = null;
		}
		else {
			throw bad("账户类型应为 city（市级）或 province（省级）");
		}
		String displayName = trim(form.displayName());
		if (displayName.isEmpty()) {
			throw bad("请填写姓名（使用人的姓名或科室），例如 广州市总工会 王芳");
		}
		if (displayName.length() > MAX_DISPLAY_NAME || displayName.chars().anyMatch(Character::isISOControl)) {
			throw bad("姓名最多 " + MAX_DISPLAY_NAME + " 个字符，且不能含换行");
		}
		String email = trim(form.email());
		if (!email.isEmpty() && !EmailAddress.isPlain(email)) {
			throw bad("电子邮箱格式不对：" + prefix(email) + "（应如 wangfang@example.gov.cn，只能有一个地址）");
		}
		return new NewAccount(username, kind, city, displayName, email);
	}

	private AccountView find(String username) {
		return this.site.account(username).map((a) -> view(a, this.clock.instant())).orElseThrow(() -> notFound(username));
	}

	private AccountView view(Account account, Instant now) {
		String cityName = account.isProvince() ? "省总工会"
				: this.reference.city(account.cityCode()).map((d) -> d.name()).orElse(account.cityCode());
		return AccountView.of(account, cityName, now);
	}

	private String oneTimePassword() {
		StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
		for (int i = 0; i < ONE_TIME_LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private static String describe(NewAccount account) {
		return account.kind() + (account.cityCode() == null ? "" : " " + account.cityCode()) + " "
				+ account.displayName() + (account.email().isEmpty() ? "" : " " + account.email());
	}

	private static String trim(String value) {
		return (value == null) ? "" : value.strip();
	}

	/** A rejected value echoed as a short prefix only. */
	private static String prefix(String value) {
		return cn.gdftu.twocoverage.report.ExcelText.prefix(value);
	}

	private static SiteException bad(String message) {
		return new SiteException(HttpStatus.BAD_REQUEST, message);
	}

	private static SiteException duplicate(String username) {
		return bad("账户名 " + username + " 已存在，请换一个（重设密码请用该账户的“重设密码”）");
	}

	private static SiteException notFound(String username) {
		return new SiteException(HttpStatus.NOT_FOUND, "没有账户 " + prefix(username));
	}
}
