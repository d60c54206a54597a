package cn.gdftu.twocoverage.sample;

import java.time.YearMonth;

import cn.gdftu.twocoverage.ingest.Reason;
import cn.gdftu.twocoverage.ingest.ReturnKind;

/** A row planted to be rejected: where it is (physical line, header = 1) and why it must be rejected. */
public record PlantedRow(YearMonth period, String cityCode, ReturnKind file, int line, Reason reason) {
}
