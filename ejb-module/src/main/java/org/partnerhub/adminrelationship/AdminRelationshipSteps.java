package org.partnerhub.adminrelationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.HistoryStep;

/**
 * A partner's admin relationships with one customer, as rows and as the relationship timeline's
 * steps. For a service that has already checked that the caller serves the customer
 * ({@link AdminRelationshipService#ofCustomer}, customer.RelationshipHistoryQueries): this reads
 * what it is given, and checks nothing.
 */
@ApplicationScoped
public class AdminRelationshipSteps {

    @PersistenceContext
    EntityManager em;

    /** Newest first, those whose time ran out marked so as they are read. */
    List<AdminRelationshipRow> rows(long partnerId, long customerId, LocalDateTime now) {
        return em.createQuery("""
                        select a from AdminRelationship a join fetch a.partner join fetch a.customer
                        where a.partner.id = :partner and a.customer.id = :customer
                        order by a.requestedAt desc, a.id desc""", AdminRelationship.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .setMaxResults(200)
                .getResultStream()
                .peek(relationship -> relationship.applyExtensions(now))
                .map(relationship -> AdminRelationshipRow.of(relationship, now))
                .toList();
    }

    /**
     * Each relationship's steps in turn: asked, approved or declined, ended by a side, or run out.
     * Unsorted: the timeline sorts them by time among the reseller relationship's steps.
     */
    public List<HistoryEntry> of(long partnerId, long customerId, LocalDateTime now) {
        List<HistoryEntry> steps = new ArrayList<>();
        for (AdminRelationshipRow row : rows(partnerId, customerId, now)) {
            String what = "\"" + row.name() + "\": " + row.roles().stream().map(Enum::name).collect(Collectors.joining(", "));
            steps.add(new HistoryEntry(row.requestedAt(), HistoryStep.ADMIN_REQUESTED, row.partnerName(), row.requestedBy(), what));
            if (row.answeredAt() != null) {
                steps.add(new HistoryEntry(row.answeredAt(), row.status() == AdminRelationshipStatus.DECLINED
                        ? HistoryStep.ADMIN_DECLINED : HistoryStep.ADMIN_APPROVED, row.partnerName(), row.answeredBy(), what));
            }
            if (row.terminatedAt() != null) {
                steps.add(new HistoryEntry(row.terminatedAt(), HistoryStep.ADMIN_TERMINATED, row.partnerName(),
                        row.terminatedBy(), what));
            } else if (row.status() == AdminRelationshipStatus.EXPIRED) {
                LocalDateTime end = row.endsAt() != null ? row.endsAt() : row.linkExpiresAt();
                steps.add(new HistoryEntry(end.isAfter(now) ? now : end, HistoryStep.ADMIN_EXPIRED, row.partnerName(), "",
                        what));
            }
        }
        return steps;
    }
}
