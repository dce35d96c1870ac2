package app.tether.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The key that chains audit lines. It never lives in the database, so somebody with database
 * access alone cannot recompute the chain: {@code TETHER_AUDIT_KEY} (base64, 32 bytes or more)
 * in production, otherwise a file in the data folder made on first start, readable by its owner.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private final SecretKeySpec key;

    AuditKey(@Value("${tether.audit.key:}") String configured,
             @Value("${tether.audit.key-file:./data/audit-hmac.key}") String keyFile) {
        this.key = new SecretKeySpec(load(configured, Path.of(keyFile)), "HmacSHA256");
    }

    Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] load(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            byte[] bytes = Base64.getDecoder().decode(configured.trim());
            if (bytes.length < 32) {
                throw new IllegalStateException("TETHER_AUDIT_KEY must be at least 32 bytes (base64)");
            }
            return bytes;
        }
        try {
            if (Files.exists(file)) {
                byte[] bytes = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
                if (bytes.length < 32) {
                    throw new IllegalStateException("The audit key in " + file + " is shorter than 32 bytes");
                }
                return bytes;
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            log.info("Created the audit trail key in {} (keep it with the backups, apart from the database)", file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the audit key " + file, e);
        }
    }
}
