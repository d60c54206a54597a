package cn.gdftu.twocoverage.changes;

/** A city whose roster grew or shrank by more than the threshold since its previous submitted period. */
public record RosterJump(String cityCode, String previousPeriod, long unionsPrevious, long unionsCurrent) {
}
