package org.partnerhub.customerarea;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.account.Customer;
import org.partnerhub.customeruser.CurrentCustomerAdmin;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.Roles;
import org.partnerhub.subscription.CustomerSubscriptions;
import org.partnerhub.subscription.SubscriptionRow;

/**
 * The customer area's view of a customer's partners: every relationship, active and past, with
 * who holds delegated admin privileges, the invitations waiting for an answer, and the
 * subscriptions the customer has, with the partner each was bought through.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER_ADMIN)
public class MyPartnersQueries {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentCustomerAdmin currentCustomerAdmin;

    @Inject
    CustomerSubscriptions customerSubscriptions;

    /** The customer the signed-in admin administers. */
    public String customerName() {
        return myCustomer().getCompanyName();
    }

    /** Active relationships first, then past ones, newest first. */
    public List<MyPartnerRow> partners() {
        return em.createQuery("""
                        select new org.partnerhub.customerarea.MyPartnerRow(p.name, p.mpnId, p.type, r.status, r.since,
                               r.removedAt, r.delegatedAdmin)
                        from ResellerRelationship r join r.partner p
                        where r.customer.id = :customer
                        order by r.status, r.since desc""", MyPartnerRow.class)
                .setParameter("customer", myCustomer().getId())
                .getResultList();
    }

    /** Every subscription of the customer, read-only, oldest first (the first 500). */
    public List<SubscriptionRow> subscriptions() {
        return customerSubscriptions.page(myCustomer().getId(), 0, 500);
    }

    /** Invitations to re-establish a relationship, meant for this customer and still open. */
    public List<WaitingInvitationRow> waitingInvitations() {
        return em.createQuery("""
                        select new org.partnerhub.customerarea.WaitingInvitationRow(i.id, p.name, p.mpnId, j.name,
                               i.createdAt, i.expiresAt)
                        from RelationshipInvitation i join i.partner p left join i.provider j
                        where i.forCustomer.id = :customer
                          and i.status = org.partnerhub.relationship.InvitationStatus.PENDING
                          and i.expiresAt > :now
                        order by i.createdAt desc""", WaitingInvitationRow.class)
                .setParameter("customer", myCustomer().getId())
                .setParameter("now", LocalDateTime.now(ZoneOffset.UTC))
                .getResultList();
    }

    private Customer myCustomer() {
        return currentCustomerAdmin.require().getCustomer();
    }
}
