package cn.gdftu.twocoverage.reference;

import java.util.List;

/** An ownership type with its canonical code, Chinese name and the Chinese words cities use for it. */
public record Ownership(String code, String name, List<String> aliases) {
}
