package cn.gdftu.twocoverage.store;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

@Configuration(proxyBeanMethods = false)
class StoreConfiguration {

	/**
	 * JDBI on a transaction-aware proxy, so its statements join the chunk's transaction: rows commit
	 * with the step's progress or roll back with it, and a restart never doubles them.
	 */
	@Bean
	Jdbi jdbi(DataSource dataSource) {
		return Stores.jdbi(new TransactionAwareDataSourceProxy(dataSource));
	}

	@Bean
	ReturnStore returnStore(Jdbi jdbi) {
		return jdbi.onDemand(ReturnStore.class);
	}

	@Bean
	ReturnVersions returnVersions(Jdbi jdbi) {
		return jdbi.onDemand(ReturnVersions.class);
	}

	/**
	 * On SQLite with a third pooled connection (the job's: the report reads on two);
	 * {@code two-coverage.checkpoint-ahead=false} turns it off.
	 */
	@Bean
	WalCheckpoint walCheckpoint(DataSource dataSource, @Value("${spring.datasource.url}") String url,
			@Value("${two-coverage.checkpoint-ahead:true}") boolean ahead) {
		return new WalCheckpoint(dataSource, ahead && url.startsWith("jdbc:sqlite:")
				&& dataSource instanceof HikariDataSource pool && pool.getMaximumPoolSize() >= 3);
	}

	@Bean
	LoadStore loadStore(Jdbi jdbi) {
		return jdbi.onDemand(LoadStore.class);
	}
}
