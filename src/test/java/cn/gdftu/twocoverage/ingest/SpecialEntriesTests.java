package cn.gdftu.twocoverage.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An entry named as a table's file that is no file is named for what it is, not reported as missing. */
class SpecialEntriesTests {

	@TempDir
	Path root;

	Path city;

	@BeforeEach
	void city() throws IOException {
		this.city = Files.createDirectories(this.root.resolve("440100"));
		Files.writeString(this.city.resolve("contracts.csv"), HostileWorkbooks.CONTRACTS);
	}

	String rejection() {
		CityReturn.Survey survey = new CityReturn("440100", this.city).survey();
		assertThat(survey).isInstanceOf(CityReturn.Rejected.class);
		return ((CityReturn.Rejected) survey).message();
	}

	@Test
	void aFolder() throws IOException {
		Files.createDirectories(this.city.resolve("organizations.csv"));
		assertThat(rejection()).startsWith("organizations.csv 是一个文件夹").contains("请删除它");
	}

	@Test
	void aSymbolicLinkLoop() throws IOException {
		Files.createSymbolicLink(this.city.resolve("organizations.csv"), this.city.resolve("organizations.csv"));
		assertThat(rejection()).startsWith("organizations.csv 是一个无法打开的快捷方式").contains("循环");
	}

	@Test
	void aNamedPipe() throws IOException, InterruptedException {
		Path fifo = this.city.resolve("organizations.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		assertThat(mkfifo.waitFor()).isZero();
		assertThat(rejection()).startsWith("organizations.csv 是一个特殊文件（如命名管道");
	}
}
