package cn.gdftu.twocoverage.reference;

/** An administrative division from the reference file: the province, a city or a county. */
public record Division(String code, String name, String level, String parentCode) {
}
