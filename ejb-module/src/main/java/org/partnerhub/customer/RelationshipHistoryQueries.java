package org.partnerhub.customer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.partnerhub.adminrelationship.AdminRelationshipSteps;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.RelationshipSteps;
import org.partnerhub.security.Roles;

/**
 * The timeline of the caller's relationship with one of its customers, as the account page shows
 * it: the reseller relationship's steps (invited, accepted, established, removed) and the
 * partner's admin relationships' steps, by time. One call that checks the relationship once: as
 * two services, each checked it again, two queries and a call more on every account page.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class RelationshipHistoryQueries {

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    RelationshipSteps relationshipSteps;

    @Inject
    AdminRelationshipSteps adminRelationshipSteps;

    @EJB
    CurrentUser currentUser;

    /** Oldest first; only for a customer the caller serves now. */
    public List<HistoryEntry> of(long customerId) {
        long partnerId = currentUser.partnerId();
        activeRelationships.require(partnerId, customerId);
        List<HistoryEntry> entries = new ArrayList<>(relationshipSteps.of(partnerId, customerId));
        entries.addAll(adminRelationshipSteps.of(partnerId, customerId, LocalDateTime.now(ZoneOffset.UTC)));
        entries.sort(Comparator.comparing(HistoryEntry::at));
        return entries;
    }
}
