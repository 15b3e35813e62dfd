package org.partnerhub.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.shared.BusinessException;

/**
 * A won lead becomes the customer that was added from it, in the transaction that adds the
 * customer: a refusal here (the lead is not the caller's, not won, or has its customer already)
 * adds no customer either. A lead whose customer was invited becomes the customer that accepts.
 */
@ApplicationScoped
public class ReferralCustomers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    public void link(Caller actor, long referralId, Customer customer) {
        Referral referral = em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !referral.isAssignee(actor.getPartner())) {
            throw new BusinessException("referral.notFound", "referral");
        }
        referral.becomes(actor.getPartner(), customer, ReferralService.now());
        auditTrail.record(actor, AuditAction.REFERRAL_CUSTOMER_ADDED, referral.auditTarget(),
                Summary.of("customer", customer.getCompanyName()));
    }

    /**
     * The customer that accepted an invitation sent for a won lead becomes the lead's, unless the
     * lead found its customer meanwhile or this customer is already another lead's: accepting the
     * invitation never fails for the lead's sake.
     */
    public void invitationAccepted(RelationshipInvitation invitation, Customer customer, String byUserName) {
        boolean anotherLeads = !em.createQuery("select r.id from Referral r where r.customer = :customer", Long.class)
                .setParameter("customer", customer).setMaxResults(1).getResultList().isEmpty();
        if (anotherLeads) {
            return;
        }
        em.createQuery("select r from Referral r where r.invitation = :invitation", Referral.class)
                .setParameter("invitation", invitation)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList().stream()
                .filter(referral -> referral.becomesOnAcceptance(invitation, customer, ReferralService.now()))
                .findFirst()
                .ifPresent(referral -> auditTrail.record(byUserName, referral.getAssignee().getId(),
                        AuditAction.REFERRAL_CUSTOMER_ADDED, referral.auditTarget(),
                        Summary.of("customer", customer.getCompanyName()).and("throughInvitation", invitation.getId())));
    }
}
