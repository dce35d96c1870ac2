package app.tether.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded MariaDB used when no external datasource is configured.
 *
 * @param dataDir   where the database files live across restarts
 * @param port      TCP port; 0 picks a free one
 * @param database  schema name created on first start
 * @param ephemeral delete the data directory when the application stops (tests)
 */
@ConfigurationProperties(prefix = "tether.embedded-db")
public record EmbeddedMariaDbProperties(String dataDir, Integer port, String database, Boolean ephemeral) {

    public EmbeddedMariaDbProperties {
        dataDir = dataDir == null || dataDir.isBlank() ? "./data/mariadb" : dataDir;
        port = port == null ? 0 : port;
        database = database == null || database.isBlank() ? "tether" : database;
        ephemeral = ephemeral != null && ephemeral;
    }
}
