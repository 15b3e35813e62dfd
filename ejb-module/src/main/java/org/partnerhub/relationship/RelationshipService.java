package org.partnerhub.relationship;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;

/**
 * What a partner settles on its relationship with a customer. Removing it is
 * customer.CustomerService's: it asks first about the customer's subscriptions.
 */
@Stateless
@DenyAll
public class RelationshipService {

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    /**
     * Lets the customer buy its own services through the caller, or stops it: off until a
     * Global admin or Admin agent switches it on.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void allowSelfService(long customerId, boolean allowed) {
        Caller actor = currentUser.require();
        ResellerRelationship relationship = activeRelationships.of(actor.getPartner().getId(), customerId);
        relationship.allowSelfService(allowed);
        auditTrail.record(actor, AuditAction.SELF_SERVICE_CHANGED,
                AuditTarget.customer(customerId, relationship.getCustomer().domain()),
                Summary.of(allowed ? "selfService.on" : "selfService.off"));
    }
}
