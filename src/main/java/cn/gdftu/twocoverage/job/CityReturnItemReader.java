package cn.gdftu.twocoverage.job;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import cn.gdftu.twocoverage.ingest.CityLine;
import cn.gdftu.twocoverage.ingest.ReturnKind;
import cn.gdftu.twocoverage.ingest.ReturnLine;
import cn.gdftu.twocoverage.ingest.ReturnReader;
import cn.gdftu.twocoverage.ingest.ReturnRejectedException;

/**
 * Streams a city's organizations.csv and then its contracts.csv, a line at a time. It keeps no
 * restart position: a city interrupted half-way is read again from its first line (the step's
 * listener first clears what the interrupted attempt stored), because the contract rules need every
 * earlier row of the return.
 */
class CityReturnItemReader implements ItemStreamReader<CityLine> {

	private final CityIngest city;

	private ReturnKind file;

	private ReturnReader reader;

	CityReturnItemReader(CityIngest city) {
		this.city = city;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		openFile(ReturnKind.ORGANIZATIONS);
	}

	@Override
	public CityLine read() {
		while (this.reader != null) {
			ReturnLine line = nextLine();
			if (line != null) {
				return new CityLine(this.file, line);
			}
			closeFile();
			if (this.file == ReturnKind.ORGANIZATIONS && this.city.rejection() == null) {
				openFile(ReturnKind.CONTRACTS);
			}
		}
		return null;
	}

	@Override
	public void close() {
		closeFile();
	}

	private ReturnLine nextLine() {
		try {
			return this.reader.next();
		}
		catch (ReturnRejectedException ex) {
			this.city.reject(ex.getMessage());
			return null;
		}
	}

	private void openFile(ReturnKind kind) {
		this.file = kind;
		try {
			this.reader = ReturnReader.open(this.city.file(kind), kind);
		}
		catch (ReturnRejectedException ex) {
			this.city.reject(ex.getMessage());
			this.reader = null;
		}
		catch (IOException ex) {
			throw new ItemStreamException("cannot open " + this.city.file(kind), ex);
		}
	}

	private void closeFile() {
		if (this.reader != null) {
			try {
				this.reader.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.reader = null;
		}
	}
}
