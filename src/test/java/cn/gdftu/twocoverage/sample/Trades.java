package cn.gdftu.twocoverage.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The industry sections (GB/T 4754 门类) generated employers are in, manufacturing-heavy as
 * Guangdong's unionised employers are, with what each means for an employer: how common it is, its
 * usual size and share of women, and the words its names are made of.
 */
final class Trades {

	/**
	 * One section: {@code weight} (share of employers, %), {@code size} (factor on the median head
	 * count), {@code womenShare} (typical share of women), {@code words} (the trade in a name) and
	 * whether its units are companies (有限公司) or institutions named by their trade word alone.
	 */
	record Trade(String letter, double weight, double size, double womenShare, List<String> words, boolean company) {
	}

	static final List<Trade> ALL = List.of(
			new Trade("C", 40, 1.8, 0.46, List.of("电子", "五金制品", "塑胶制品", "服装", "鞋业", "家具", "灯饰", "陶瓷", "玩具", "印刷",
					"纺织", "电器", "精密机械", "食品", "模具", "包装材料", "化工", "医疗器械", "新材料", "光电", "线路板", "眼镜", "箱包", "制衣"), true),
			new Trade("F", 11, 0.7, 0.52, List.of("贸易", "百货", "商贸", "超市", "医药连锁", "电器销售", "建材"), true),
			new Trade("E", 7, 1.0, 0.16, List.of("建筑工程", "装饰工程", "建设", "市政工程", "机电安装"), true),
			new Trade("G", 6, 1.0, 0.28, List.of("物流", "运输", "货运", "港务", "快递", "客运"), true),
			new Trade("L", 6, 0.8, 0.48, List.of("人力资源", "商务服务", "企业管理", "劳务派遣", "广告", "会展服务"), true),
			new Trade("H", 5, 0.8, 0.58, List.of("酒店", "餐饮管理", "饮食", "宾馆"), true),
			new Trade("I", 5, 0.9, 0.36, List.of("软件", "信息技术", "网络科技", "数据科技", "通信技术"), true),
			new Trade("M", 4, 0.7, 0.40, List.of("检测技术", "工程设计", "环境科技", "检验认证"), true),
			new Trade("K", 3, 0.8, 0.45, List.of("房地产开发", "置业", "物业管理"), true),
			new Trade("O", 3, 0.5, 0.55, List.of("家政服务", "汽车维修", "洗涤服务", "美容美发"), true),
			new Trade("Q", 2, 1.5, 0.72, List.of("医院", "门诊部", "护理院"), false),
			new Trade("P", 2, 1.0, 0.64, List.of("职业培训学校", "实验学校", "幼儿园"), false),
			new Trade("N", 1.5, 0.8, 0.35, List.of("环保工程", "园林绿化", "环境卫生"), true),
			new Trade("R", 1.5, 0.6, 0.48, List.of("文化传播", "影视", "体育发展"), true),
			new Trade("D", 1, 1.2, 0.25, List.of("电力", "燃气", "供水", "能源"), true),
			new Trade("J", 1, 0.8, 0.60, List.of("小额贷款", "融资担保", "村镇银行"), true),
			new Trade("A", 0.7, 0.6, 0.42, List.of("农业发展", "水产养殖", "生态农场"), true),
			new Trade("B", 0.3, 1.0, 0.12, List.of("矿业", "石材"), true),
			new Trade("S", 0.2, 0.4, 0.62, List.of("社会工作服务中心", "社区服务中心"), false));

	private static final double[] CUMULATIVE = Seeds
		.cumulative(ALL.stream().mapToDouble(Trade::weight).toArray());

	private Trades() {
	}

	static Trade pick(SplittableRandom random) {
		return ALL.get(Seeds.pick(random, CUMULATIVE));
	}
}
