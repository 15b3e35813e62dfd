package org.partnerhub.customerarea;

import jakarta.annotation.security.DenyAll;
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
import java.util.Set;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CurrentCustomerAdmin;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.HiddenOffers;
import org.partnerhub.subscription.Offer;
import org.partnerhub.subscription.OfferRow;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.OrderPlacement;
import org.partnerhub.subscription.PartnerOfRecord;

/**
 * Customers buying their own services: the customer's admin buys the offers the catalog marks
 * for customers, through a partner that lets it (relationship.RelationshipService) and sells
 * them. What it buys is an ordinary order of that partner's, in its subscriptions and its audit
 * log.
 */
@Stateless
@DenyAll
public class SelfService {

    @PersistenceContext
    EntityManager em;

    @Inject
    HiddenOffers hiddenOffers;

    @Inject
    OrderPlacement orderPlacement;

    @Inject
    PartnerOfRecord partnerOfRecord;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentCustomerAdmin currentCustomerAdmin;

    /** The partners the signed-in customer admin may buy through. */
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public List<SellerRow> sellers() {
        return em.createQuery("""
                        select new org.partnerhub.customerarea.SellerRow(p.id, p.name, p.mpnId)
                        from ResellerRelationship r join r.partner p
                        where r.customer.id = :customer and r.selfService = true
                          and %s
                        order by p.name""".formatted(ActiveRelationships.condition("r")), SellerRow.class)
                .setParameter("customer", myCustomer().getId())
                .getResultList();
    }

    /** What the customer may buy through this partner: offers for customers that the partner sells. */
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public List<OfferRow> offers(long partnerId) {
        sellerFor(myCustomer(), partnerId);
        Set<Long> hidden = hiddenOffers.of(partnerId);
        return em.createQuery("select o from Offer o where o.selfService = true and o.withdrawn = false order by o.name",
                        Offer.class)
                .getResultList().stream().filter(offer -> !hidden.contains(offer.getId())).map(Offer::toRow).toList();
    }

    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public void buy(long partnerId, @NotEmpty(message = "{partnerhub.order.empty}") List<@NotNull @Valid OrderLine> lines) {
        CustomerUser admin = currentCustomerAdmin.require();
        Customer customer = admin.getCustomer();
        Partner seller = sellerFor(customer, partnerId);
        for (OrderLine line : lines) {
            Offer offer = em.find(Offer.class, line.offerId());
            if (offer == null || !offer.isSelfService()) {
                throw BusinessException.of("order.offer.unknown");
            }
        }
        PartnerOfRecord.Buyer buyer = partnerOfRecord.forSelfService(seller, customer.getId());
        orderPlacement.place(buyer.partnerOfRecord(), customer, admin.getUserName(), lines, buyer.credited());
        Summary summary = OrderPlacement.summary(lines, buyer.credited()).and("boughtByCustomer");
        AuditTarget about = AuditTarget.customer(customer.getId(), customer.domain());
        auditTrail.record(admin.getUserName(), seller.getId(), AuditAction.ORDER_SUBMITTED, about, summary);
        if (buyer.credited() != null) {
            auditTrail.record(admin.getUserName(), buyer.partnerOfRecord().getId(), AuditAction.ORDER_SUBMITTED,
                    about, summary.and("through", seller.getName()));
        }
    }

    private Partner sellerFor(Customer customer, long partnerId) {
        return em.createQuery("""
                        select r from ResellerRelationship r join fetch r.partner
                        where r.customer.id = :customer and r.partner.id = :partner and r.selfService = true
                          and %s""".formatted(ActiveRelationships.condition("r")),
                        ResellerRelationship.class)
                .setParameter("customer", customer.getId())
                .setParameter("partner", partnerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("selfService.notAllowed"))
                .getPartner();
    }

    private Customer myCustomer() {
        return currentCustomerAdmin.require().getCustomer();
    }
}
