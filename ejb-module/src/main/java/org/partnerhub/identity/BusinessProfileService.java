package org.partnerhub.identity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.partner.BusinessProfile;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/** The signed-in partner's business profile: everyone reads it, a Global admin changes it. */
@Stateless
@DenyAll
public class BusinessProfileService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public BusinessProfile profile() {
        return currentUser.requireUser().getPartner().profile();
    }

    /**
     * Saves the profile if nobody changed it since the form was read; otherwise refuses, so one
     * admin never silently overwrites another's edit.
     */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public BusinessProfile updateProfile(@NotNull @Valid ProfileChange change) {
        PartnerUser admin = currentUser.requireUser();
        Partner partner = admin.getPartner();
        if (partner.getVersion() != change.getVersion()) {
            throw BusinessException.of("profile.changedConcurrently");
        }
        String mpnId = change.getMpnId().trim();
        boolean mpnIdTaken = !em.createQuery(
                        "select p.id from Partner p where p.mpnId = :mpnId and p.id <> :partner", Long.class)
                .setParameter("mpnId", mpnId)
                .setParameter("partner", partner.getId())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (mpnIdTaken) {
            throw new BusinessException("partner.mpnId.taken", "mpnId");
        }
        partner.apply(change);
        auditTrail.record(admin, AuditAction.PROFILE_CHANGED,
                partner.getName(), Summary.of("mpnId", partner.getMpnId()));
        em.flush();
        return partner.profile();
    }
}
