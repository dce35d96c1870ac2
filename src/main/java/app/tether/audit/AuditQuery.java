package app.tether.audit;

import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the admin's audit view; null or empty means "any".
 *
 * @param person  part of a username, or an account id
 * @param from    first day (UTC), inclusive
 * @param to      last day (UTC), inclusive
 */
public record AuditQuery(String person, Long caseId, Set<AuditAction> actions, LocalDate from, LocalDate to) {

    public AuditQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        actions = actions == null ? Set.of() : Set.copyOf(actions);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, Set.of(), null, null);
    }
}
