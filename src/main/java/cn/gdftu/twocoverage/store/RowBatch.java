package cn.gdftu.twocoverage.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * A JDBC batch on the handle's connection, which is the chunk transaction's connection. Used for the
 * rows of a return, where binding by position costs a fraction of binding by reflection.
 */
final class RowBatch {

	private RowBatch() {
	}

	@FunctionalInterface
	interface Binder<T> {

		void bind(PreparedStatement statement, T row) throws SQLException;
	}

	static <T> void insert(Handle handle, String sql, List<T> rows, Binder<T> binder) {
		if (rows.isEmpty()) {
			return;
		}
		try (PreparedStatement statement = handle.getConnection().prepareStatement(sql)) {
			for (T row : rows) {
				binder.bind(statement, row);
				statement.addBatch();
			}
			statement.executeBatch();
		}
		catch (SQLException ex) {
			throw new UnableToExecuteStatementException(ex, null);
		}
	}
}
