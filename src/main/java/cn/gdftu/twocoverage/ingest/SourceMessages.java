package cn.gdftu.twocoverage.ingest;

import java.util.List;
import java.util.stream.Collectors;

/** Why a city folder's files make no usable return (SPEC §5 and §8), in words that say what to send. */
final class SourceMessages {

	private SourceMessages() {
	}

	static String twoSources(List<ReturnSource> sources) {
		ReturnKind kind = sources.get(0).kind();
		return kind.title() + "有" + sources.size() + "份：" + sources.stream().map(ReturnSource::name)
			.collect(Collectors.joining("和")) + "，无法确定以哪份为准，请只保留一份后重新报送";
	}

	static String refused(List<String> names) {
		return String.join("、", names) + " 是旧版Excel（.xls）或WPS（.et）等格式，无法读取：请在Excel或WPS中“另存为”"
				+ "Excel工作簿（.xlsx），或按模板另存为CSV UTF-8后重新报送";
	}

	static String nothingUsable(String names) {
		return "文件夹中有 " + names + "，但没有可读取的报表：请报送 organizations.csv 和 contracts.csv，"
				+ "或按模板填写的Excel工作簿（.xlsx，工作表名为“基层工会台账”和“专项集体合同”）";
	}

	static String oneTableMissing(ReturnSource present) {
		if (present.kind() == ReturnKind.ORGANIZATIONS) {
			return "缺少contracts.csv（专项集体合同），请与" + present.name() + "一并报送；没有合同时请报送只有表头的文件";
		}
		return "缺少organizations.csv（基层工会台账），请与" + present.name() + "一并报送";
	}

	/** What an entry that is no regular file is, in words: a folder, a pipe, a link that leads nowhere. */
	static String notAFile(java.nio.file.Path entry) {
		if (java.nio.file.Files.isDirectory(entry)) {
			return "是一个文件夹";
		}
		if (java.nio.file.Files.isSymbolicLink(entry)) {
			return "是一个无法打开的快捷方式（符号链接指向不存在的文件，或循环指向自身）";
		}
		if (java.nio.file.Files.exists(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)
				&& !java.nio.file.Files.isRegularFile(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			return "是一个特殊文件（如命名管道或设备），无法当作文件读取";
		}
		return "无法读取";
	}
}
