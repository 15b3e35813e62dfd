package org.partnerhub.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.NewestFirst;

/**
 * Reading leads, for every role (Helpdesk agents look, the others work them too): the leads the
 * caller works, or those it referred to resellers, newest first a page at a time, filtered by
 * status and age in the database; and one lead as the caller may see it.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class ReferralQueries {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Inject
    Continuations continuations;

    /**
     * A page of one of the caller's lists: only {@code status} when given, only leads recorded
     * within {@code withinDays} days when given; a continuation goes on with its own filter.
     */
    public KeysetPage<ReferralView> page(@NotNull ReferralList list, ReferralStatus status,
            @Min(value = 1, message = "{partnerhub.days.min}") Integer withinDays, String continuation,
            @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        Partner me = currentUser.require().getPartner();
        LocalDateTime since = withinDays == null ? null : ReferralService.now().minusDays(withinDays);
        NewestFirst from = NewestFirst.resume(continuations, continuation, "referrals " + me.getId(),
                List.of(list.name(), status == null ? "" : status.name(), since == null ? "" : since.toString()));
        ReferralList which = ReferralList.valueOf(from.filter().get(0));
        String only = from.filter().get(1);
        String after = from.filter().get(2);
        TypedQuery<Referral> query = em.createQuery("select r from Referral r join fetch r.owner join fetch r.assignee"
                        + " left join fetch r.offer where "
                        + (which == ReferralList.WORKING ? "r.assignee = :me" : "r.owner = :me and r.assignee <> :me")
                        + (only.isEmpty() ? "" : " and r.status = :status")
                        + (after.isEmpty() ? "" : " and r.createdAt >= :since")
                        + from.after("r.createdAt", "r.id") + " order by r.createdAt desc, r.id desc", Referral.class)
                .setParameter("me", me);
        if (!only.isEmpty()) {
            query.setParameter("status", ReferralStatus.valueOf(only));
        }
        if (!after.isEmpty()) {
            query.setParameter("since", LocalDateTime.parse(after));
        }
        List<ReferralView> found = from.bind(query, size).getResultList().stream()
                .map(referral -> ReferralView.of(referral, me.getId())).toList();
        return from.page(found, size, ReferralView::createdAt, ReferralView::id);
    }

    /** One lead the caller works or referred; anyone else's is "not found". */
    public ReferralView referral(long referralId) {
        Partner me = currentUser.require().getPartner();
        Referral referral = em.find(Referral.class, referralId);
        if (referral == null || !referral.isVisibleTo(me)) {
            throw BusinessException.of("referral.notFound");
        }
        return ReferralView.of(referral, me.getId());
    }

    /**
     * One of the caller's won leads whose customer is still to be added or invited, as the
     * new-customer wizard and the invitation page start from it; any other is refused with why
     * (not won yet, or its customer added already; another partner's is "not found").
     */
    public ReferralView awaitingCustomer(long referralId) {
        ReferralView lead = referral(referralId);
        if (!lead.awaitsCustomer()) {
            throw BusinessException.of(lead.customerId() != null ? "referral.customer.already" : "referral.customer.notWon");
        }
        return lead;
    }
}
