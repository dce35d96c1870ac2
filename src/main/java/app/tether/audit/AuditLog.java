package app.tether.audit;

import com.vaadin.flow.server.VaadinRequest;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one way into the audit trail. Adds who (from the security context), when (UTC) and from
 * which address, then appends to the chain: in a transaction of its own for access, refusals and
 * sign-ins, and in the caller's read-write transaction for changes.
 */
@Component
public class AuditLog {

    private final AuditChain chain;
    private final DataSource dataSource;
    private final TransactionTemplate standalone;
    private final EntityManager entityManager;
    private final Clock clock;

    AuditLog(AuditChain chain, DataSource dataSource, PlatformTransactionManager tx, Clock clock,
             EntityManager entityManager) {
        this.entityManager = entityManager;
        this.chain = chain;
        this.dataSource = dataSource;
        this.clock = clock;
        this.standalone = new TransactionTemplate(tx);
        standalone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the event; an action whose line cannot be written fails with it. */
    public void record(AuditEvent event) {
        record(event, null);
    }

    /** Records the event for a person who is not (yet) in the security context: a sign-in. */
    void record(AuditEvent event, AuditedPrincipal actor) {
        AuditLine line = line(event, actor);
        boolean inWritableTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!event.action().standalone() && inWritableTransaction) {
            // After the flush, just before the commit, like entity changes: the chain head is then
            // always the last lock a transaction takes, so writers cannot deadlock on it.
            entityManager.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks()
                    .registerCallback((TransactionCompletionCallbacks.BeforeCompletionCallback) session ->
                            session.doWork(c -> chain.append(c, line)));
            return;
        }
        standalone.executeWithoutResult(status -> {
            Connection c = DataSourceUtils.getConnection(dataSource);
            try {
                chain.append(c, line);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not write the audit line", e);
            } finally {
                DataSourceUtils.releaseConnection(c, dataSource);
            }
        });
    }

    private static final String REFUSAL_RECORDED = AuditLog.class.getName() + ".refusalRecorded";

    /**
     * A signed-in person was shown the not-found page for a route: a refusal by Vaadin's role
     * check, an unknown path or a record they may not see. Written unless a service already
     * recorded this request's refusal with its method and id.
     */
    public void refusedRoute(String path) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(REFUSAL_RECORDED, 0) != null) {
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuditedPrincipal) {
            record(new AuditEvent(AuditAction.ACCESS_DENIED, null, null, null, "route:/" + clip(path, 200),
                    AuditOutcome.DENIED, null));
        }
    }

    /** Marks this request's refusal as recorded, so the not-found page does not record it again. */
    static void refusalRecorded() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSAL_RECORDED, Boolean.TRUE, 0);
        }
    }

    /** Modules may also publish events instead of calling {@link #record}. */
    @EventListener
    void on(AuditEvent event) {
        record(event);
    }

    AuditLine line(AuditEvent e) {
        return line(e, null);
    }

    AuditLine line(AuditEvent e, AuditedPrincipal actor) {
        Long actorId = null;
        String actorName = e.actorName();
        String role = null;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        AuditedPrincipal principal = actor != null ? actor
                : auth != null && auth.getPrincipal() instanceof AuditedPrincipal p ? p : null;
        if (principal != null) {
            AuditedPrincipal p = principal;
            actorId = p.accountId();
            actorName = p.getUsername();
            role = p.roleName();
        } else if (actorName == null) {
            actorName = "system";
        }
        return new AuditLine(AuditChain.truncate(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)),
                actorId, clip(actorName, 100), role, clip(remoteAddress(), 64), e.action(), e.caseId(),
                clip(e.entityType(), 48), e.entityId(), clip(e.detail(), 1000), e.outcome());
    }

    static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
