package org.partnerhub.activity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.util.List;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;

/** Reads the signed-in partner's audit log, newest first. */
@Stateless
@DenyAll
public class AuditLogQueries {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Continuations continuations;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public List<AuditEntry> latest(@Min(1) @Max(200) int count) {
        return em.createQuery("""
                        select e from AuditEvent e
                        where e.partnerId = :partner
                        order by e.occurredAt desc, e.id desc""", AuditEvent.class)
                .setParameter("partner", currentUser.partnerId())
                .setMaxResults(count)
                .getResultList().stream()
                .map(AuditEvent::toEntry)
                .toList();
    }

    /**
     * The partner's events from {@code from} (inclusive) to {@code to} (exclusive), of one action
     * if given, newest first, a page at a time by (time, id): a page costs the same wherever it
     * starts, and an event recorded while a caller pages comes before the first page, never
     * twice. The continuation carries the filter and whose log it is; a changed one is refused.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public AuditPage records(LocalDateTime from, LocalDateTime to, AuditAction action, String continuation,
            @Min(1) @Max(500) int size) {
        long partnerId = currentUser.partnerId();
        LocalDateTime since = from;
        LocalDateTime until = to;
        AuditAction only = action;
        LocalDateTime lastAt = null;
        long lastId = 0;
        if (continuation != null) {
            List<String> parts = continuations.read(continuation, 6);
            if (!parts.get(0).equals(String.valueOf(partnerId))) {
                throw new BusinessException("continuation.invalid", "MS-ContinuationToken");
            }
            lastAt = LocalDateTime.parse(parts.get(1));
            lastId = Long.parseLong(parts.get(2));
            since = parts.get(3).isEmpty() ? null : LocalDateTime.parse(parts.get(3));
            until = parts.get(4).isEmpty() ? null : LocalDateTime.parse(parts.get(4));
            only = parts.get(5).isEmpty() ? null : AuditAction.valueOf(parts.get(5));
        }
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where e.partnerId = :partner"
                        + (since == null ? "" : " and e.occurredAt >= :since")
                        + (until == null ? "" : " and e.occurredAt < :until")
                        + (only == null ? "" : " and e.action = :action")
                        + (lastAt == null ? "" : " and (e.occurredAt < :lastAt or (e.occurredAt = :lastAt and e.id < :lastId))")
                        + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("partner", partnerId)
                .setMaxResults(size + 1);
        if (since != null) {
            query.setParameter("since", since);
        }
        if (until != null) {
            query.setParameter("until", until);
        }
        if (only != null) {
            query.setParameter("action", only);
        }
        if (lastAt != null) {
            query.setParameter("lastAt", lastAt).setParameter("lastId", lastId);
        }
        List<AuditRecord> found = query.getResultList().stream().map(AuditEvent::toRecord).toList();
        if (found.size() <= size) {
            return new AuditPage(found, null);
        }
        List<AuditRecord> items = found.subList(0, size);
        AuditRecord last = items.get(size - 1);
        return new AuditPage(items, continuations.of(List.of(String.valueOf(partnerId), last.occurredAt().toString(),
                String.valueOf(last.id()), since == null ? "" : since.toString(), until == null ? "" : until.toString(),
                only == null ? "" : only.name())));
    }
}
