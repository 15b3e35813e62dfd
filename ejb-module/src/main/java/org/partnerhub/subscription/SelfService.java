package org.partnerhub.subscription;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.customer.Customer;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.identity.Roles;
import org.partnerhub.partner.Partner;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.relationship.ResellerRelationships;
import org.partnerhub.shared.BusinessException;

/**
 * Customers buying their own services: a partner lets a customer buy through it (off until a
 * Global admin or Admin agent switches it on), and the customer's admin buys the offers the
 * catalog marks for customers, which that partner sells. What it buys is an ordinary order of
 * that partner's, in its subscriptions and its audit log.
 */
@Stateless
@DenyAll
public class SelfService {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentUser currentUser;

    @Resource
    SessionContext session;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void allow(long customerId, boolean allowed) {
        PartnerUser actor = currentUser.require();
        ResellerRelationship relationship = ResellerRelationships.active(em, actor.getPartner().getId(), customerId);
        relationship.allowSelfService(allowed);
        em.persist(new AuditEvent(actor.getEmail(), actor.getPartner().getId(), AuditAction.SELF_SERVICE_CHANGED,
                relationship.getCustomer().domain(), allowed ? "the customer may buy its own services"
                        : "the customer may no longer buy its own services"));
    }

    /** The partners the signed-in customer admin may buy through. */
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public List<SellerRow> sellers() {
        return em.createQuery("""
                        select new org.partnerhub.subscription.SellerRow(p.id, p.name, p.mpnId)
                        from ResellerRelationship r join r.partner p
                        where r.customer.id = :customer and r.selfService = true
                          and r.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE
                        order by p.name""", SellerRow.class)
                .setParameter("customer", myCustomer().getId())
                .getResultList();
    }

    /** What the customer may buy through this partner: offers for customers that the partner sells. */
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public List<OfferRow> offers(long partnerId) {
        sellerFor(myCustomer(), partnerId);
        Set<Long> hidden = OfferCatalog.HiddenOffers.of(em, partnerId);
        return em.createQuery("select o from Offer o where o.selfService = true and o.withdrawn = false order by o.name",
                        Offer.class)
                .getResultList().stream().filter(offer -> !hidden.contains(offer.getId())).map(Offer::toRow).toList();
    }

    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public void buy(long partnerId, @NotEmpty(message = "{partnerhub.order.empty}") List<@NotNull @Valid OrderLine> lines) {
        CustomerUser admin = CustomerUser.signedInAdmin(em, session.getCallerPrincipal().getName());
        Customer customer = admin.getCustomer();
        Partner seller = sellerFor(customer, partnerId);
        for (OrderLine line : lines) {
            Offer offer = em.find(Offer.class, line.offerId());
            if (offer == null || !offer.isSelfService()) {
                throw BusinessException.of("order.offer.unknown");
            }
        }
        Orders.place(em, seller, customer, admin.getUserName(), lines, null);
        em.persist(new AuditEvent(admin.getUserName(), seller.getId(), AuditAction.ORDER_SUBMITTED, customer.domain(),
                Orders.summary(lines, null) + ", bought by the customer itself"));
    }

    private Partner sellerFor(Customer customer, long partnerId) {
        return em.createQuery("""
                        select r from ResellerRelationship r join fetch r.partner
                        where r.customer.id = :customer and r.partner.id = :partner and r.selfService = true
                          and r.status = org.partnerhub.relationship.RelationshipStatus.ACTIVE""",
                        ResellerRelationship.class)
                .setParameter("customer", customer.getId())
                .setParameter("partner", partnerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("selfService.notAllowed"))
                .getPartner();
    }

    private Customer myCustomer() {
        return CustomerUser.signedInAdmin(em, session.getCallerPrincipal().getName()).getCustomer();
    }
}
