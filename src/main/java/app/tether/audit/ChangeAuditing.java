package app.tether.audit;

import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.StringJoiner;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractPostDatabaseOperationEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Every insert, update and delete of an entity leaves a line naming the entity, its id and the
 * fields that changed, never their values. Lines are written on the same connection right after
 * Hibernate's flush and before the commit, so the change and its line commit together.
 * Drafts saved while somebody types are left out: they are not yet part of the record.
 */
@Component
class ChangeAuditing implements SmartInitializingSingleton,
        PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    // Fields that only move with every write and say nothing about what was changed.
    private static final Set<String> NOISE = Set.of("version", "updatedAt");

    private final EntityManagerFactory emf;
    private final AuditLog log;
    private final AuditChain chain;

    ChangeAuditing(EntityManagerFactory emf, AuditLog log, AuditChain chain) {
        this.emf = emf;
        this.log = log;
        this.chain = chain;
    }

    @Override
    public void afterSingletonsInstantiated() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, (PostInsertEventListener) this);
        registry.appendListeners(EventType.POST_UPDATE, (PostUpdateEventListener) this);
        registry.appendListeners(EventType.POST_DELETE, (PostDeleteEventListener) this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (!isDraft(event.getPersister(), event.getState())) {
            queue(event, AuditAction.RECORD_CREATED, null, event.getState());
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (isDraft(event.getPersister(), event.getState())) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        StringJoiner fields = new StringJoiner(",", "fields:", "");
        int[] dirty = event.getDirtyProperties();
        if (dirty != null) {
            for (int i : dirty) {
                if (!NOISE.contains(names[i])) {
                    fields.add(names[i]);
                }
            }
        }
        queue(event, AuditAction.RECORD_CHANGED, fields.toString(), event.getState());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (!isDraft(event.getPersister(), event.getDeletedState())) {
            queue(event, AuditAction.RECORD_DELETED, null, event.getDeletedState());
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void queue(AbstractPostDatabaseOperationEvent event, AuditAction action, String detail, Object[] state) {
        EntityPersister persister = event.getPersister();
        if (persister.getMappedClass().getPackageName().startsWith(AuditLog.class.getPackageName())) {
            return;
        }
        Long id = event.getId() instanceof Number n ? n.longValue() : null;
        String type = persister.getMappedClass().getSimpleName();
        Long caseId = "CareCase".equals(type) ? id : longProperty(persister, state, "caseId");
        if (caseId == null && property(persister, state, "careCase") instanceof Object c
                && event.getSession().getContextEntityIdentifier(c) instanceof Number n) {
            caseId = n.longValue();
        }
        AuditLine line = log.line(AuditEvent.of(action, caseId, type, id, detail));
        var session = event.getSession();
        session.getTransactionCompletionCallbacks().registerCallback(
                (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) s ->
                        s.doWork(connection -> chain.append(connection, line)));
    }

    // Drafts: an exception-log entry marked draft, or a homework answer set numbered 0.
    private static boolean isDraft(EntityPersister persister, Object[] state) {
        if (Boolean.TRUE.equals(property(persister, state, "draft"))) {
            return true;
        }
        return "AnswerSet".equals(persister.getMappedClass().getSimpleName())
                && Integer.valueOf(0).equals(property(persister, state, "number"));
    }

    private static Long longProperty(EntityPersister persister, Object[] state, String name) {
        return property(persister, state, name) instanceof Number n ? n.longValue() : null;
    }

    private static Object property(EntityPersister persister, Object[] state, String name) {
        if (state == null) {
            return null;
        }
        String[] names = persister.getPropertyNames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return state[i];
            }
        }
        return null;
    }

}
