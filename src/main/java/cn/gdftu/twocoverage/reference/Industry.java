package cn.gdftu.twocoverage.reference;

/** A GB/T 4754-2017 section (门类), A to T. */
public record Industry(String code, String name) {
}
