package org.partnerhub.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.customer.Customer;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.identity.Roles;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.Partnerships;
import org.partnerhub.relationship.ResellerRelationships;
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

    @EJB
    CurrentUser currentUser;

    /**
     * A new order for one of the caller's customers. A provider may credit it to a partnered
     * reseller that serves the customer too (an order on the reseller's behalf).
     */
    public void addSubscriptions(long customerId,
            @NotEmpty(message = "{partnerhub.order.empty}") List<@NotNull @Valid OrderLine> lines,
            Long creditedResellerId) {
        PartnerUser actor = currentUser.require();
        Partner partner = actor.getPartner();
        Customer customer = ResellerRelationships.active(em, partner.getId(), customerId).getCustomer();
        Partner reseller = null;
        if (creditedResellerId != null) {
            reseller = Partnerships.activeReseller(em, partner.getId(), creditedResellerId, "creditedReseller");
            if (!ResellerRelationships.exists(em, reseller.getId(), customerId)) {
                throw new BusinessException("order.reseller.notServing", "creditedReseller", reseller.getName());
            }
        }
        Orders.place(em, partner, customer, actor.getEmail(), lines, reseller);
        audit(actor, AuditAction.ORDER_SUBMITTED, customer.domain(), Orders.summary(lines, reseller));
    }

    /**
     * Credits a subscription bought through the caller to the partnered reseller with this MPN
     * ID (blank: to nobody), and names the support contact. Any MPN ID that is not an active
     * partnered reseller's is refused next to the field.
     */
    public void attribute(long subscriptionId, String resellerMpnId, @NotNull SupportContact supportContact) {
        PartnerUser actor = currentUser.require();
        Partner partner = actor.getPartner();
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !subscription.isBoughtThrough(partner.getId())
                || !ResellerRelationships.exists(em, partner.getId(), subscription.getCustomer().getId())) {
            throw BusinessException.of("subscription.notFound");
        }
        if (resellerMpnId == null || resellerMpnId.isBlank()) {
            subscription.removeCredit();
        } else {
            if (partner.getType() != PartnerType.INDIRECT_PROVIDER) {
                throw BusinessException.of("partnership.request.onlyProviders");
            }
            subscription.creditTo(Partnerships.activeResellerByMpnId(em, partner.getId(), resellerMpnId.trim(), "mpnId"));
        }
        subscription.designateSupportContact(supportContact);
        Partner credited = subscription.getReseller();
        audit(actor, AuditAction.SUBSCRIPTION_ATTRIBUTED, subscription.getCustomer().domain(),
                subscription.getOffer().getName() + ": credited to "
                        + (credited == null ? "nobody" : credited.getName() + " (" + credited.getMpnId() + ")")
                        + ", support contact " + subscription.getSupportContact());
    }

    private void audit(PartnerUser actor, AuditAction action, String target, String summary) {
        em.persist(new AuditEvent(actor.getEmail(), actor.getPartner().getId(), action, target, summary));
    }
}
