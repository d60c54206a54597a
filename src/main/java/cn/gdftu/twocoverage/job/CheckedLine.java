package cn.gdftu.twocoverage.job;

import cn.gdftu.twocoverage.ingest.CityLine;
import cn.gdftu.twocoverage.ingest.LineOutcome;

/** A line of a city's return with the verdict of the city's rules on it. */
record CheckedLine(CityLine line, LineOutcome outcome) {
}
