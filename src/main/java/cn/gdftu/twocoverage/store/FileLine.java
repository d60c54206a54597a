package cn.gdftu.twocoverage.store;

import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.SkippedLine;

/** A skipped line with the file it was skipped in, as stored for the data-quality report. */
public record FileLine(ReturnKind file, int line, SkippedLine.Kind kind) {
}
