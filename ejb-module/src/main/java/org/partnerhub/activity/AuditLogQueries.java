package org.partnerhub.activity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.identity.ApiClient;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.NewestFirst;

/**
 * Reads the signed-in partner's audit log, newest first: the latest few for Home, the whole log
 * filtered a page at a time for the audit log workspace, its export and the API.
 */
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
     * A page of the partner's events that the filter lets through, newest first, a page at a time
     * by (time, id): a page costs the same wherever it starts (each filter has an index that
     * leads with the partner and ends in that order, V38), and an event recorded while a caller
     * pages comes before the first page, never twice. The continuation carries the filter and
     * whose log it is; a changed one is refused.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public KeysetPage<AuditRecord> records(@NotNull @Valid AuditFilter filter, String continuation,
            @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        long partnerId = currentUser.partnerId();
        NewestFirst page = NewestFirst.resume(continuations, continuation, String.valueOf(partnerId), List.of(
                text(filter.from()), text(filter.to()), text(filter.actor()),
                filter.action() == null ? "" : filter.action().name(), text(filter.customerId()), text(filter.text())));
        List<String> parts = page.filter();
        String since = parts.get(0);
        String until = parts.get(1);
        String actor = parts.get(2);
        String action = parts.get(3);
        String customer = parts.get(4);
        String words = parts.get(5);
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e where e.partnerId = :partner"
                        + (since.isEmpty() ? "" : " and e.occurredAt >= :since")
                        + (until.isEmpty() ? "" : " and e.occurredAt < :until")
                        + (actor.isEmpty() ? "" : " and e.actorEmail = :actor")
                        + (action.isEmpty() ? "" : " and e.action = :action")
                        + (customer.isEmpty() ? "" : " and e.customerId = :customer")
                        + (words.isEmpty() ? "" : " and e.searchText like :words escape '\\'")
                        + page.after("e.occurredAt", "e.id") + " order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("partner", partnerId);
        if (!since.isEmpty()) {
            query.setParameter("since", LocalDateTime.parse(since));
        }
        if (!until.isEmpty()) {
            query.setParameter("until", LocalDateTime.parse(until));
        }
        if (!actor.isEmpty()) {
            query.setParameter("actor", actor);
        }
        if (!action.isEmpty()) {
            query.setParameter("action", AuditAction.valueOf(action));
        }
        if (!customer.isEmpty()) {
            query.setParameter("customer", Long.valueOf(customer));
        }
        if (!words.isEmpty()) {
            query.setParameter("words", containing(words));
        }
        return page.page(page.bind(query, size).getResultList().stream().map(AuditEvent::toRecord).toList(), size,
                AuditRecord::occurredAt, AuditRecord::id);
    }

    /**
     * Who may be named in the actor filter, for a field that suggests as one types: the partner's
     * users (by email) and API clients (as the log names them) whose names contain the text, in
     * any case. Read from the users and clients, never from the log, whose size this must not
     * depend on; someone the log names otherwise (a customer's admin, a deleted client) is
     * filtered by typing the whole name.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public List<String> actors(@Size(max = AuditFilter.MAX_TEXT) String typed, @Min(1) @Max(50) int max) {
        long partnerId = currentUser.partnerId();
        String pattern = containing(typed == null ? "" : typed);
        List<String> names = new ArrayList<>(em.createQuery("""
                        select u.email from PartnerUser u
                        where u.partner.id = :partner and lower(u.email) like :typed escape '\\'
                        order by u.email""", String.class)
                .setParameter("partner", partnerId)
                .setParameter("typed", pattern)
                .setMaxResults(max)
                .getResultList());
        em.createQuery("""
                        select c from ApiClient c
                        where c.partner.id = :partner and lower(c.name) like :typed escape '\\'
                        order by c.name""", ApiClient.class)
                .setParameter("partner", partnerId)
                .setParameter("typed", pattern)
                .setMaxResults(max)
                .getResultList().forEach(client -> names.add(client.actorName()));
        return List.copyOf(names.size() <= max ? names : names.subList(0, max));
    }

    /** The LIKE pattern for text anywhere, in lower case, its wildcards taken literally. */
    private static String containing(String text) {
        return "%" + AuditEvent.searchKey(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
