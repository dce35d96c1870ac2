package app.tether.audit;

import app.tether.security.Roles;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail: the practice admin only. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditRepository entries;

    AuditService(AuditRepository entries) {
        this.entries = entries;
    }

    /** The latest lines, newest first. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public List<AuditRecord> recent(int limit) {
        return entries.findRecent(PageRequest.of(0, Math.max(1, Math.min(limit, 1000)))).stream()
                .map(AuditEntry::record).toList();
    }
}
