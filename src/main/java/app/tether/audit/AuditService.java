package app.tether.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's reading of the audit trail: filtered pages, a CSV export and the chain check.
 * Reading and exporting are themselves recorded. Lines hold no clinical text, so the admin sees
 * who opened what, never what it said.
 */
@Service
@Transactional(readOnly = true)
public class AuditService {

    // Also the role names in the security module; the audit module must not depend on it.
    private static final String HAS_ADMIN = "hasRole('ADMIN')";
    static final int EXPORT_MAX = 100_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_INSTANT;

    private final EntityManager em;
    private final AuditChain chain;
    private final DataSource dataSource;
    private final AuditLog log;

    AuditService(EntityManager em, AuditChain chain, DataSource dataSource, AuditLog log) {
        this.em = em;
        this.chain = chain;
        this.dataSource = dataSource;
        this.log = log;
    }

    /** The latest lines, newest first. */
    @PreAuthorize(HAS_ADMIN)
    public List<AuditRecord> recent(int limit) {
        return find(AuditQuery.all(), 0, Math.max(1, Math.min(limit, 1000)));
    }

    /** One page of lines matching the query, newest first. */
    @PreAuthorize(HAS_ADMIN)
    public List<AuditRecord> find(AuditQuery query, int offset, int limit) {
        TypedQuery<AuditEntry> q = em.createQuery("select a from AuditEntry a" + where(query, params(query))
                + " order by a.at desc, a.id desc", AuditEntry.class);
        params(query).forEach(q::setParameter);
        return q.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 1000)))
                .getResultList().stream().map(AuditEntry::record).toList();
    }

    @PreAuthorize(HAS_ADMIN)
    public long count(AuditQuery query) {
        var q = em.createQuery("select count(a) from AuditEntry a" + where(query, params(query)), Long.class);
        params(query).forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** Records that the admin looked at the trail with these filters. */
    @PreAuthorize(HAS_ADMIN)
    public void viewed(AuditQuery query) {
        log.record(AuditEvent.of(AuditAction.AUDIT_TRAIL_VIEWED, query.caseId(), null, null, describe(query)));
    }

    /**
     * The matching lines as CSV (UTF-8, newest first, at most {@value #EXPORT_MAX}). Cells that a
     * spreadsheet would run as a formula start with an apostrophe.
     */
    @PreAuthorize(HAS_ADMIN)
    public byte[] exportCsv(AuditQuery query) {
        log.record(AuditEvent.of(AuditAction.AUDIT_TRAIL_EXPORTED, query.caseId(), null, null, describe(query)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write("seq,at_utc,actor_id,actor,role,address,action,case_id,entity,entity_id,outcome,detail\r\n");
            int offset = 0;
            while (offset < EXPORT_MAX) {
                List<AuditRecord> page = find(query, offset, 1000);
                for (AuditRecord r : page) {
                    out.write(csvLine(r));
                }
                if (page.size() < 1000) {
                    break;
                }
                offset += page.size();
                em.clear();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Checks the whole chain and names the first broken, changed or missing line. */
    @PreAuthorize(HAS_ADMIN)
    public ChainCheck verify() {
        ChainCheck result = verifyChain();
        log.record(new AuditEvent(AuditAction.AUDIT_CHAIN_VERIFIED, null, null, result.brokenSeq(),
                result.intact() ? "intact:" + result.linesChecked() : "broken",
                result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, null));
        return result;
    }

    ChainCheck verifyChain() {
        try (Connection c = dataSource.getConnection()) {
            return chain.verify(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit trail", e);
        }
    }

    static String csvLine(AuditRecord r) {
        List<String> cells = new ArrayList<>();
        cells.add(str(r.seq()));
        cells.add(CSV_TIME.format(r.at().atOffset(ZoneOffset.UTC)));
        cells.add(str(r.actorId()));
        cells.add(r.actorName());
        cells.add(r.actorRole());
        cells.add(r.remoteAddress());
        cells.add(r.action());
        cells.add(str(r.caseId()));
        cells.add(r.entityType());
        cells.add(str(r.entityId()));
        cells.add(r.outcome());
        cells.add(r.detail());
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvCell(cells.get(i)));
        }
        return b.append("\r\n").toString();
    }

    /** Quotes a cell, and stops a spreadsheet from reading it as a formula (OWASP's advice). */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    private static String str(Long v) {
        return v == null ? "" : v.toString();
    }

    private static String describe(AuditQuery q) {
        StringBuilder b = new StringBuilder("filters:");
        if (q.person() != null) {
            b.append(" person");
        }
        if (q.caseId() != null) {
            b.append(" case=").append(q.caseId());
        }
        if (!q.actions().isEmpty()) {
            b.append(" actions=").append(q.actions().size());
        }
        if (q.from() != null) {
            b.append(" from=").append(q.from());
        }
        if (q.to() != null) {
            b.append(" to=").append(q.to());
        }
        return b.toString();
    }

    private static Map<String, Object> params(AuditQuery q) {
        Map<String, Object> p = new HashMap<>();
        if (q.person() != null) {
            if (q.person().matches("\\d{1,18}")) {
                p.put("personId", Long.parseLong(q.person()));
            } else {
                p.put("person", "%" + q.person().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (q.caseId() != null) {
            p.put("caseId", q.caseId());
        }
        if (!q.actions().isEmpty()) {
            p.put("actions", q.actions().stream().map(Enum::name).toList());
        }
        if (q.from() != null) {
            p.put("from", q.from().atStartOfDay());
        }
        if (q.to() != null) {
            p.put("to", q.to().plusDays(1).atStartOfDay());
        }
        return p;
    }

    private static String where(AuditQuery q, Map<String, Object> p) {
        List<String> c = new ArrayList<>();
        if (p.containsKey("personId")) {
            c.add("a.actorId = :personId");
        }
        if (p.containsKey("person")) {
            c.add("lower(a.actorName) like :person escape '\\'");
        }
        if (p.containsKey("caseId")) {
            c.add("a.caseId = :caseId");
        }
        if (p.containsKey("actions")) {
            c.add("a.action in :actions");
        }
        if (p.containsKey("from")) {
            c.add("a.at >= :from");
        }
        if (p.containsKey("to")) {
            c.add("a.at < :to");
        }
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }
}
