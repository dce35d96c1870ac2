package app.tether.base.db;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded database's generated password, kept in the data folder in a file only its owner
 * may read. Deleting the file gives a new password at the next start.
 */
final class EmbeddedCredentials {

    static final String APP_USER = "tether";
    static final String FILE_NAME = "db-credentials.properties";

    private final String appPassword;

    private EmbeddedCredentials(String appPassword) {
        this.appPassword = appPassword;
    }

    static EmbeddedCredentials loadOrCreate(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (Files.exists(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
            String pw = p.getProperty("password", "");
            if (pw.matches("[A-Za-z0-9_-]{32,}")) {
                ownerOnly(file);
                return new EmbeddedCredentials(pw);
            }
        }
        String pw = randomSecret();
        Properties p = new Properties();
        p.setProperty("username", APP_USER);
        p.setProperty("password", pw);
        Path tmp = ownerOnlyFile(folder.resolve(FILE_NAME + ".new"));
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Tether embedded MariaDB: the application's database account. Keep private.");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new EmbeddedCredentials(pw);
    }

    String appPassword() {
        return appPassword;
    }

    /**
     * Statements the server runs at start-up: the application's own account, reachable from
     * 127.0.0.1 only, with rights on its database alone; anonymous accounts removed. Safe to
     * run on every start, and on a data folder made before the server had grant checks.
     */
    Path writeInitFile(Path folder, String database) throws IOException {
        String db = database.replace("`", "");
        String sql = String.join("\n",
                "CREATE DATABASE IF NOT EXISTS `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "ALTER USER '" + APP_USER + "'@'127.0.0.1' IDENTIFIED BY '" + appPassword + "';",
                "GRANT ALL PRIVILEGES ON `" + db + "`.* TO '" + APP_USER + "'@'127.0.0.1';",
                "");
        Path file = ownerOnlyFile(folder.resolve("db-init.sql"));
        Files.writeString(file, sql, StandardCharsets.UTF_8);
        return file;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            return Files.createFile(file,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createFile(file);
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
