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
import org.partnerhub.shared.BusinessException;

/**
 * A won lead becomes the customer that was added from it, in the transaction that adds the
 * customer: a refusal here (the lead is not the caller's, not won, or has its customer already)
 * adds no customer either.
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
}
