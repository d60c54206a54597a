package cn.gdftu.twocoverage.job;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gdftu.twocoverage.reference.ReferenceData;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityOutcomesTests {

	private static final ReferenceData REFERENCE = ReferenceData.bundled();

	private static final List<String> ALL = List.of("440100", "440200", "440300", "440400", "440500", "440600",
			"440700", "440800", "440900", "441200", "441300", "441400", "441500", "441600", "441700", "441800",
			"441900", "442000", "445100", "445200", "445300");

	@Test
	void everyCityWithItsOneOutcomeMayBePublished() {
		assertThatCode(() -> CityOutcomes.checkComplete(REFERENCE, ALL)).doesNotThrowAnyException();
	}

	@Test
	void aCityWithoutAnOutcomeStopsThePublishingWithOneLineNamingIt() {
		List<String> stored = new ArrayList<>(ALL);
		stored.remove("440300");
		assertThatThrownBy(() -> CityOutcomes.checkComplete(REFERENCE, stored)).isInstanceOf(RunFailure.class)
			.hasMessage("本期未发布：深圳市（440300）没有本期结果（已报送、未报送或整份退回），请再运行一次同一命令补读这些城市");
	}

	@Test
	void severalCitiesWithoutAnOutcomeAreAllNamed() {
		List<String> stored = new ArrayList<>(ALL);
		stored.removeAll(List.of("440100", "445300"));
		assertThatThrownBy(() -> CityOutcomes.checkComplete(REFERENCE, stored))
			.hasMessageStartingWith("本期未发布：广州市（440100）、云浮市（445300）没有本期结果");
	}

	@Test
	void anOutcomeForAFolderThatIsNotACityIsNotCountedAsOne() {
		List<String> stored = new ArrayList<>(ALL);
		stored.add("449999");
		assertThatThrownBy(() -> CityOutcomes.checkComplete(REFERENCE, stored))
			.hasMessage("本期未发布：本期结果有 22 条，应为每市一条共 21 条，请再运行一次同一命令");
	}
}
