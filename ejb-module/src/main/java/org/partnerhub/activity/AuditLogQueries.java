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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.NewestFirst;

/** Reads the signed-in partner's audit log, newest first. */
@Stateless
@DenyAll
public class AuditLogQueries {

    private static final Set<AuditAction> SIGN_INS =
            EnumSet.of(AuditAction.SIGNED_IN, AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_LOCKED);

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
     * The partner's latest events other than sign-ins (made, failed or locked), newest first:
     * Home's short list of what was done. The log itself keeps the sign-ins.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public List<AuditEntry> latestWithoutSignIns(@Min(1) @Max(200) int count) {
        return em.createQuery("""
                        select e from AuditEvent e
                        where e.partnerId = :partner and e.action not in :signIns
                        order by e.occurredAt desc, e.id desc""", AuditEvent.class)
                .setParameter("partner", currentUser.partnerId())
                .setParameter("signIns", SIGN_INS)
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
    public KeysetPage<AuditRecord> records(LocalDateTime from, LocalDateTime to, AuditAction action, String continuation,
            @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        long partnerId = currentUser.partnerId();
        NewestFirst page = NewestFirst.resume(continuations, continuation, String.valueOf(partnerId), List.of(
                from == null ? "" : from.toString(), to == null ? "" : to.toString(), action == null ? "" : action.name()));
        String since = page.filter().get(0);
        String until = page.filter().get(1);
        String only = page.filter().get(2);
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where e.partnerId = :partner"
                        + (since.isEmpty() ? "" : " and e.occurredAt >= :since")
                        + (until.isEmpty() ? "" : " and e.occurredAt < :until")
                        + (only.isEmpty() ? "" : " and e.action = :action")
                        + page.after("e.occurredAt", "e.id") + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("partner", partnerId);
        if (!since.isEmpty()) {
            query.setParameter("since", LocalDateTime.parse(since));
        }
        if (!until.isEmpty()) {
            query.setParameter("until", LocalDateTime.parse(until));
        }
        if (!only.isEmpty()) {
            query.setParameter("action", AuditAction.valueOf(only));
        }
        return page.page(page.bind(query, size).getResultList().stream().map(AuditEvent::toRecord).toList(), size,
                AuditRecord::occurredAt, AuditRecord::id);
    }
}
