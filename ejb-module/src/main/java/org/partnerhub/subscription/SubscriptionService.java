package org.partnerhub.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/**
 * Orders for existing customers and who is credited with a subscription. Everything goes
 * through the caller's active relationship with the customer; a provider credits only its
 * partnered resellers.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
public class SubscriptionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    OrderPlacement orderPlacement;

    @Inject
    PartnerOfRecord partnerOfRecord;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    /**
     * A new order for one of the caller's customers. A provider may credit it to a partnered
     * reseller that serves the customer too (an order on the reseller's behalf); an indirect
     * reseller names the partnered provider that buys it, which gives the same result
     * ({@link PartnerOfRecord}). Both see the order in their audit logs.
     */
    public PlacedOrder addSubscriptions(long customerId,
            @NotEmpty(message = "{partnerhub.order.empty}") List<@NotNull @Valid OrderLine> lines,
            Long creditedResellerId, Long providerId) {
        Caller actor = currentUser.require();
        Partner partner = actor.getPartner();
        Customer customer = activeRelationships.of(partner.getId(), customerId).getCustomer();
        PartnerOfRecord.Buyer buyer = partnerOfRecord.forSeller(partner, providerId, customerId, "provider");
        Partner reseller = buyer.credited();
        if (creditedResellerId != null) {
            if (reseller != null) {
                throw new BusinessException("order.reseller.onlyProviders", "creditedReseller");
            }
            reseller = activePartnerships.reseller(partner.getId(), creditedResellerId, "creditedReseller");
            if (!activeRelationships.exists(reseller.getId(), customerId)) {
                throw new BusinessException("order.reseller.notServing", "creditedReseller", reseller.getName());
            }
        }
        Partner buying = buyer.partnerOfRecord();
        PlacedOrder placed = orderPlacement.place(buying, customer, actor.actorName(), lines, reseller);
        Summary summary = OrderPlacement.summary(lines, reseller);
        AuditTarget about = AuditTarget.customer(customerId, customer.domain());
        auditTrail.record(actor, AuditAction.ORDER_SUBMITTED, about, summary);
        if (!buying.getId().equals(partner.getId())) {
            auditTrail.record(actor.actorName(), buying.getId(), AuditAction.ORDER_SUBMITTED, about,
                    summary.and("orderedThroughYou", partner.getName()));
        }
        return placed;
    }

    /**
     * Credits a subscription bought through the caller to the partnered reseller with this MPN
     * ID (blank: to nobody), and names the support contact: the caller itself (null), the
     * credited reseller, or another of its partnered resellers that serves the customer. Any MPN
     * ID that is not an active partnered reseller's is refused next to the field, as is any other
     * support contact.
     */
    public void attribute(long subscriptionId, String resellerMpnId, Long supportPartnerId) {
        Caller actor = currentUser.require();
        Partner partner = actor.getPartner();
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        long customerId = subscription == null ? 0 : subscription.getCustomer().getId();
        if (subscription == null || !subscription.isBoughtThrough(partner.getId())
                || !activeRelationships.exists(partner.getId(), customerId)) {
            throw BusinessException.of("subscription.notFound");
        }
        if (resellerMpnId == null || resellerMpnId.isBlank()) {
            subscription.removeCredit();
        } else {
            if (partner.getType() != PartnerType.INDIRECT_PROVIDER) {
                throw BusinessException.of("partnership.request.onlyProviders");
            }
            subscription.creditTo(activePartnerships.resellerByMpnId(partner.getId(), resellerMpnId.trim(), "mpnId"));
        }
        subscription.designateSupportContact(eligibleSupportContact(partner, subscription, supportPartnerId));
        Partner credited = subscription.getReseller();
        auditTrail.record(actor, AuditAction.SUBSCRIPTION_ATTRIBUTED,
                AuditTarget.customer(customerId, subscription.getCustomer().domain()).withSubscription(subscriptionId),
                (credited == null ? Summary.of("attributed.notCredited", subscription.getOffer().getName())
                        : Summary.of("attributed", subscription.getOffer().getName(), credited.nameAndMpnId()))
                        .and("supportContact", subscription.getSupportContact().getName()));
    }

    /** Who may support the customer on it: the partner of record, the credited reseller, a partnered reseller serving it. */
    private Partner eligibleSupportContact(Partner partner, Subscription subscription, Long supportPartnerId) {
        if (supportPartnerId == null || supportPartnerId.equals(partner.getId())) {
            return null;
        }
        Partner credited = subscription.getReseller();
        if (credited != null && credited.getId().equals(supportPartnerId)) {
            return credited;
        }
        if (partner.getType() == PartnerType.INDIRECT_PROVIDER) {
            try {
                Partner reseller = activePartnerships.reseller(partner.getId(), supportPartnerId, "supportContact");
                if (activeRelationships.exists(reseller.getId(), subscription.getCustomer().getId())) {
                    return reseller;
                }
            } catch (BusinessException notPartnered) {
                // refused below, with the same message as any other partner
            }
        }
        throw new BusinessException("subscription.supportContact.notEligible", "supportContact");
    }

}
