package app.tether.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/**
 * Appends lines to the audit table, each chained to the one before by an HMAC-SHA-256 over its
 * content and the previous line's hash, and checks the chain. Appending locks the one chain-head
 * row, so two application nodes on one database append in a single order.
 */
@Component
class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private final AuditKey key;

    AuditChain(AuditKey key) {
        this.key = key;
    }

    /** Appends one line on the given connection, inside the caller's transaction. */
    void append(Connection c, AuditLine line) throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row");
            }
            seq = rs.getLong(1) + 1;
            previous = rs.getString(2);
        }
        String hash = hash(previous, seq, line);
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO audit_event (seq, at, actor_id, actor_name, actor_role, remote_address, action,
                    case_id, entity_type, subject_id, detail, outcome, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, seq);
            // As a LocalDateTime: a Timestamp would pass through the JVM zone and shift in DST gaps.
            insert.setObject(2, line.atUtc());
            setLong(insert, 3, line.actorId());
            insert.setString(4, line.actorName());
            insert.setString(5, line.actorRole());
            insert.setString(6, line.remoteAddress());
            insert.setString(7, line.action().name());
            setLong(insert, 8, line.caseId());
            insert.setString(9, line.entityType());
            setLong(insert, 10, line.entityId());
            insert.setString(11, line.detail());
            insert.setString(12, line.outcome().name());
            insert.setString(13, previous);
            insert.setString(14, hash);
            insert.executeUpdate();
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE audit_chain_head SET seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, seq);
            update.setString(2, hash);
            update.executeUpdate();
        }
    }

    /** The keyed hash of a line: its position, the previous hash and every stored field. */
    String hash(String previous, long seq, AuditLine l) {
        Mac mac = key.mac();
        StringBuilder b = new StringBuilder(256);
        field(b, previous);
        field(b, Long.toString(seq));
        field(b, AT.format(l.atUtc()));
        field(b, l.actorId() == null ? null : l.actorId().toString());
        field(b, l.actorName());
        field(b, l.actorRole());
        field(b, l.remoteAddress());
        field(b, l.action().name());
        field(b, l.caseId() == null ? null : l.caseId().toString());
        field(b, l.entityType());
        field(b, l.entityId() == null ? null : l.entityId().toString());
        field(b, l.detail());
        field(b, l.outcome().name());
        return HexFormat.of().formatHex(mac.doFinal(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Walks the chain in order and names the first line that is changed, missing or inserted
     * from outside, or a chain head that does not match the last line (lines removed at the end).
     */
    ChainCheck verify(Connection c) throws SQLException {
        // One snapshot for the head and the lines, so lines appended meanwhile are not "missing".
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (PreparedStatement snapshot = c.prepareStatement("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY")) {
            snapshot.execute();
            return verifySnapshot(c);
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private ChainCheck verifySnapshot(Connection c) throws SQLException {
        long chainStart;
        long headSeq;
        String headHash;
        try (PreparedStatement head = c.prepareStatement(
                "SELECT seq, last_hash, chain_start_id FROM audit_chain_head WHERE id = 1");
             ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                return ChainCheck.broken(0, null, null, "the chain head is missing");
            }
            headSeq = rs.getLong(1);
            headHash = rs.getString(2);
            chainStart = rs.getLong(3);
        }
        try (PreparedStatement outside = c.prepareStatement(
                "SELECT MIN(id) FROM audit_event WHERE (seq IS NULL OR hash IS NULL) AND id > ?")) {
            outside.setLong(1, chainStart);
            try (ResultSet rs = outside.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    long id = rs.getLong(1);
                    return ChainCheck.broken(0, null, id, "line id " + id + " was added outside the chain");
                }
            }
        }
        long expected = 1;
        String previous = GENESIS;
        try (PreparedStatement all = c.prepareStatement("""
                SELECT id, seq, at, actor_id, actor_name, actor_role, remote_address, action, case_id, entity_type,
                       subject_id, detail, outcome, prev_hash, hash
                FROM audit_event WHERE seq IS NOT NULL ORDER BY seq""",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            all.setFetchSize(1000);
            try (ResultSet rs = all.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    long seq = rs.getLong("seq");
                    if (seq != expected) {
                        return ChainCheck.broken(expected - 1, expected, id,
                                "line " + expected + " is missing (the next stored line is " + seq + ")");
                    }
                    AuditLine line;
                    try {
                        line = read(rs);
                    } catch (IllegalArgumentException e) {
                        return ChainCheck.broken(expected - 1, seq, id, "line " + seq + " has an unknown action or outcome");
                    }
                    if (!Objects.equals(previous, rs.getString("prev_hash"))) {
                        return ChainCheck.broken(expected - 1, seq, id, "line " + seq + " does not follow line " + (seq - 1));
                    }
                    String hash = hash(previous, seq, line);
                    if (!hash.equals(rs.getString("hash"))) {
                        return ChainCheck.broken(expected - 1, seq, id, "line " + seq + " was changed after it was written");
                    }
                    previous = hash;
                    expected++;
                }
            }
        }
        long last = expected - 1;
        if (last != headSeq || !previous.equals(headHash)) {
            return ChainCheck.broken(last, last + 1, null, last < headSeq
                    ? "lines " + (last + 1) + " to " + headSeq + " are missing from the end"
                    : "the chain head does not match line " + last);
        }
        return ChainCheck.intact(last);
    }

    private static AuditLine read(ResultSet rs) throws SQLException {
        return new AuditLine(rs.getObject("at", LocalDateTime.class), getLong(rs, "actor_id"),
                rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("remote_address"),
                AuditAction.valueOf(rs.getString("action")), getLong(rs, "case_id"), rs.getString("entity_type"),
                getLong(rs, "subject_id"), rs.getString("detail"), AuditOutcome.valueOf(rs.getString("outcome")));
    }

    // Length-prefixed, so no two different lines give the same input.
    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-1:");
        } else {
            b.append(value.length()).append(':').append(value);
        }
        b.append('|');
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDateTime truncate(LocalDateTime t) {
        return t.withNano(t.getNano() / 1000 * 1000);
    }
}
