package cn.gdftu.twocoverage.sample;

import java.util.SplittableRandom;

/**
 * Employer names that read like the ones on a roster: a place (the city, sometimes with the
 * district), a trade name (字号), the trade, and the legal form — 深圳丰泽灯饰有限公司,
 * 广州市番禺区明德实验学校.
 */
final class Names {

	private static final String[] BRANDS = { "华诚", "宏达", "金辉", "永盛", "恒通", "丰泽", "康宁", "安泰", "汇丰源", "天虹",
			"粤海", "南方", "嘉信", "联创", "瑞丰", "鸿业", "泰和", "明德", "利发", "荣昌", "祥和", "兴业", "万通", "大成", "中联",
			"广信", "美佳", "华美", "东方", "德润", "金龙", "银河", "星光", "佳宝", "合盛", "隆盛", "骏达", "源兴", "顺通", "益民",
			"立信", "新世纪", "宝丰", "宏图", "伟业", "腾达", "盛世", "锦华", "致远", "信和", "三和", "百合", "绿源", "海纳", "卓越",
			"恒昌", "长青", "俊豪", "国华", "创新", "志成", "富华", "华兴", "日升", "永安", "新宇", "辉煌", "凯达", "旭日", "乐家",
			"鑫源", "建华", "正和", "万家", "协成", "启明", "同德", "福满", "金穗", "南粤" };

	private Names() {
	}

	/**
	 * A name for an employer of a trade. {@code district} is the full place with the district
	 * (广州市番禺区), or null where the city has none (东莞, 中山).
	 */
	static String of(SplittableRandom random, String city, String district, Trades.Trade trade, String ownership,
			int employees) {
		String place = (district != null && random.nextInt(5) == 0) ? district : city;
		String brand = BRANDS[random.nextInt(BRANDS.length)];
		String word = trade.words().get(random.nextInt(trade.words().size()));
		int form = random.nextInt(20);
		if (!trade.company()) {
			return place + brand + word;
		}
		return place + brand + word + legalForm(ownership, employees, form);
	}

	private static String legalForm(String ownership, int employees, int form) {
		switch (ownership) {
			case "state":
				return (employees > 1000 && form < 8) ? "集团有限公司" : "有限责任公司";
			case "collective":
				return (form < 10) ? "股份合作公司" : "有限公司";
			case "foreign":
			case "hmt":
				return (form < 3) ? "（中国）有限公司" : "有限公司";
			default:
				return (form < 2) ? "股份有限公司" : "有限公司";
		}
	}
}
