package cn.gdftu.twocoverage.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import cn.gdftu.twocoverage.Failures;
import cn.gdftu.twocoverage.TwoCoverageApplication;
import cn.gdftu.twocoverage.job.Workspace;
import cn.gdftu.twocoverage.store.Database;

/**
 * {@code serve [--port 8080] [--bind 127.0.0.1] [--input DIR] [--reports DIR] [--db FILE]}: the
 * collection site (SPEC §9) over the same folders and database as the monthly job. Runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
		description = "启动报送网站：各市上传月报，立即看到校验结果；文件存入输入文件夹，供月度作业读取。")
public class ServeCommand implements Callable<Integer> {

	static final int BAD_ARGUMENTS = 2;

	static final int UNUSABLE = 3;

	@Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "端口（默认 8080）")
	int port;

	@Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
			description = "监听地址（默认 127.0.0.1，只有本机可访问；内网见 README）")
	String bind;

	@Mixin
	WorkspaceOptions workspace;

	@Override
	public Integer call() throws Exception {
		if (this.port < 0 || this.port > 65535) {
			System.err.println("--port 应为 0 至 65535: " + this.port);
			return BAD_ARGUMENTS;
		}
		Database database;
		try {
			database = this.workspace.database();
		}
		catch (Database.BadDatabaseException ex) {
			System.err.println(ex.getMessage());
			return BAD_ARGUMENTS;
		}
		Files.createDirectories(this.workspace.input());
		String unusable = Workspace.prepare(this.workspace.input(), this.workspace.reports(), database);
		if (unusable != null) {
			System.err.println(unusable);
			return UNUSABLE;
		}
		CountDownLatch closed = new CountDownLatch(1);
		ConfigurableApplicationContext context;
		try {
			context = new SpringApplicationBuilder(TwoCoverageApplication.class).properties(properties())
				.listeners((ApplicationEvent event) -> {
					if (event instanceof ContextClosedEvent) {
						closed.countDown();
					}
				})
				.run(serverArguments(database));
		}
		catch (RuntimeException ex) {
			System.err.println(Database.isDatabaseFailure(ex) ? database.explain(ex)
					: "网站无法启动: " + database.redact(Failures.rootMessage(ex)));
			return UNUSABLE;
		}
		System.out.println("报送网站已启动: http://" + this.bind + ":" + port(context) + "/ （Ctrl+C 停止）");
		closed.await();
		return 0;
	}

	Map<String, Object> properties() {
		Map<String, Object> properties = new HashMap<>();
		properties.put("server.port", this.port);
		properties.put("server.address", this.bind);
		properties.put("two-coverage.input", this.workspace.input().toAbsolutePath().normalize().toString());
		properties.put("two-coverage.reports", this.workspace.reports().toAbsolutePath().normalize().toString());
		return properties;
	}

	/** The web server, and the database's connection settings (which override application.properties). */
	static String[] serverArguments(Database database) {
		List<String> arguments = new ArrayList<>(List.of(database.springArguments(true)));
		arguments.add("--spring.main.web-application-type=servlet");
		return arguments.toArray(String[]::new);
	}

	private static String port(ConfigurableApplicationContext context) {
		return Integer.toString(((WebServerApplicationContext) context).getWebServer().getPort());
	}
}
