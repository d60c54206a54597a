package cn.gdftu.twocoverage.ingest;

/** A line of one of a city's two files, as the city's ingest step reads them one after the other. */
public record CityLine(ReturnKind file, ReturnLine line) {
}
