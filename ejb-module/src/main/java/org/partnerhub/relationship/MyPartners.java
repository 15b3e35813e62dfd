package org.partnerhub.relationship;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.customer.Customer;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.identity.Roles;

/**
 * The customer area's view of a customer's partners: every relationship, active and past, with
 * who holds delegated admin privileges, and the invitations waiting for an answer.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER_ADMIN)
public class MyPartners {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /** The customer the signed-in admin administers. */
    public String customerName() {
        return myCustomer().getCompanyName();
    }

    /** Active relationships first, then past ones, newest first. */
    public List<MyPartnerRow> partners() {
        return em.createQuery("""
                        select new org.partnerhub.relationship.MyPartnerRow(p.name, p.mpnId, p.type, r.status, r.since,
                               r.removedAt, r.delegatedAdmin)
                        from ResellerRelationship r join r.partner p
                        where r.customer.id = :customer
                        order by r.status, r.since desc""", MyPartnerRow.class)
                .setParameter("customer", myCustomer().getId())
                .getResultList();
    }

    /** Invitations to re-establish a relationship, meant for this customer and still open. */
    public List<WaitingInvitationRow> waitingInvitations() {
        return em.createQuery("""
                        select new org.partnerhub.relationship.WaitingInvitationRow(i.id, p.name, p.mpnId, j.name,
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
        return CustomerUser.signedInAdmin(em, session.getCallerPrincipal().getName()).getCustomer();
    }
}
