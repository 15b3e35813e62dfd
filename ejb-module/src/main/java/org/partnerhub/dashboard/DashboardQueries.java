package org.partnerhub.dashboard;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;

/**
 * Home's dashboard for the signed-in user: its partner's business in figures, and what waits
 * for the user among what its role can act on. Every role sees the figures.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class DashboardQueries {

    /** How soon an invitation's expiry makes it wait for a resend. */
    public static final Duration INVITATIONS_EXPIRING_WITHIN = Duration.ofDays(7);

    private static final List<String> PARTNER_ROLES =
            List.of(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT);

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @EJB
    BusinessCounts counts;

    @Inject
    KeptDashboards kept;

    @EJB
    AdminRelationshipService adminRelationships;

    @Resource
    SessionContext session;

    /**
     * The partner's figures: counted now, or, for a large partner, as counted at most a few
     * minutes earlier ({@link KeptDashboards}); {@link Dashboard#countedAt} says when.
     */
    public Dashboard dashboard() {
        long partnerId = currentUser.partnerId();
        return kept.of(partnerId, () -> counts.countAgainLater(partnerId))
                .orElseGet(() -> kept.keep(partnerId, counts.count(partnerId)));
    }

    /** What waits for the caller: each kind its role can act on, counted now, when there is any. */
    public WaitingForYou waitingForYou() {
        long partnerId = currentUser.partnerId();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        // Each role asked once: every asking is a check of the server's security policy.
        Set<String> roles = PARTNER_ROLES.stream().filter(session::isCallerInRole).collect(Collectors.toSet());
        List<Waiting> items = new ArrayList<>();
        List<AdminRelationshipRow> ending = List.of();
        for (WaitingKind kind : WaitingKind.values()) {
            if (Collections.disjoint(kind.roles(), roles)) {
                continue;
            }
            long count = switch (kind) {
                case PARTNERSHIP_REQUESTS -> partnershipRequests(partnerId, now);
                case TRANSFERS -> transfersToApprove(partnerId, now);
                case INVITATIONS_EXPIRING -> invitationsExpiring(partnerId, now);
                case ADMIN_RELATIONSHIPS_ENDING -> {
                    ending = adminRelationships.expiringSoon();
                    yield ending.size();
                }
                case REFERRALS -> referralsToAnswer(partnerId);
            };
            if (count > 0) {
                items.add(new Waiting(kind, count));
            }
        }
        return new WaitingForYou(items, ending);
    }

    /** Requests the other side sent that the partner may still answer (a link's request not expired). */
    private long partnershipRequests(long partnerId, LocalDateTime now) {
        return em.createQuery("""
                        select count(p) from Partnership p
                        where p.status = org.partnerhub.partnership.PartnershipStatus.PENDING
                          and ((p.provider.id = :partner
                                and p.requestedBySide = org.partnerhub.partnership.RequestingSide.RESELLER)
                               or (p.reseller.id = :partner
                                   and p.requestedBySide = org.partnerhub.partnership.RequestingSide.PROVIDER))
                          and (p.linkExpiresAt is null or p.linkExpiresAt > :now)""", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("now", now)
                .getSingleResult();
    }

    private long transfersToApprove(long partnerId, LocalDateTime now) {
        return em.createQuery("""
                        select count(t) from SubscriptionTransfer t
                        where t.fromPartner.id = :partner
                          and t.status = org.partnerhub.subscription.TransferStatus.PENDING and t.expiresAt > :now""",
                        Long.class)
                .setParameter("partner", partnerId)
                .setParameter("now", now)
                .getSingleResult();
    }

    private long invitationsExpiring(long partnerId, LocalDateTime now) {
        return em.createQuery("""
                        select count(i) from RelationshipInvitation i
                        where i.partner.id = :partner
                          and i.status = org.partnerhub.relationship.InvitationStatus.PENDING
                          and i.expiresAt > :now and i.expiresAt <= :soon""", Long.class)
                .setParameter("partner", partnerId)
                .setParameter("now", now)
                .setParameter("soon", now.plus(INVITATIONS_EXPIRING_WITHIN))
                .getSingleResult();
    }

    private long referralsToAnswer(long partnerId) {
        return em.createQuery("""
                        select count(r) from Referral r
                        where r.assignee.id = :partner and r.status = org.partnerhub.referral.ReferralStatus.PENDING""",
                        Long.class)
                .setParameter("partner", partnerId)
                .getSingleResult();
    }
}
