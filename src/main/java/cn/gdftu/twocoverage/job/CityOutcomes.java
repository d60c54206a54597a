package cn.gdftu.twocoverage.job;

import java.util.List;
import java.util.stream.Collectors;

import cn.gdftu.twocoverage.reference.Division;
import cn.gdftu.twocoverage.reference.ReferenceData;

/**
 * The guard before publishing: every city of the province has exactly one outcome in the load
 * (submitted, missing or rejected), so a report never silently covers fewer cities than it names.
 */
final class CityOutcomes {

	private CityOutcomes() {
	}

	/**
	 * Throws the run's failure, in words for the user, when a city has no outcome or an outcome appears
	 * twice or for a code that is not a city; {@code stored} are the city codes of the load's outcomes.
	 */
	static void checkComplete(ReferenceData reference, List<String> stored) {
		List<Division> without = reference.cities().stream().filter((city) -> !stored.contains(city.code())).toList();
		if (!without.isEmpty()) {
			throw new RunFailure("本期未发布：" + without.stream().map((c) -> c.name() + "（" + c.code() + "）")
				.collect(Collectors.joining("、")) + "没有本期结果（已报送、未报送或整份退回），请再运行一次同一命令补读这些城市");
		}
		if (stored.size() != reference.cities().size()) {
			throw new RunFailure("本期未发布：本期结果有 " + stored.size() + " 条，应为每市一条共 "
					+ reference.cities().size() + " 条，请再运行一次同一命令");
		}
	}
}
