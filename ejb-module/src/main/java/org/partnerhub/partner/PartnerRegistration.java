package org.partnerhub.partner;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.identity.PasswordHashing;
import org.partnerhub.shared.BusinessException;

/**
 * Registers a partner organisation with a user whose password is chosen by the registering
 * code. There is no sign-up page yet: this local-only boundary is for the demo data loader and
 * for tests, which is why it needs no role. Partner users themselves are added through
 * {@link org.partnerhub.identity.PartnerUserService}.
 */
@Stateless
@PermitAll
public class PartnerRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    public Partner register(@NotNull PartnerType type, @NotNull @Valid ProfileChange profile) {
        boolean taken = !em.createQuery("select p.id from Partner p where p.mpnId = :mpnId", Long.class)
                .setParameter("mpnId", profile.getMpnId().trim())
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new BusinessException("partner.mpnId.taken", "mpnId");
        }
        Partner partner = new Partner(type, profile);
        em.persist(partner);
        em.flush();
        em.persist(new AuditEvent(null, partner.getId(), AuditAction.PARTNER_REGISTERED, partner.getName(),
                type + ", MPN ID " + partner.getMpnId()));
        return partner;
    }

    public PartnerUser addUser(long partnerId, @NotNull @Valid NewPartnerUser user, @NotNull char[] password) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw BusinessException.of("partner.notFound");
        }
        PartnerUser created = new PartnerUser(partner, user.getEmail(), user.getDisplayName(), user.getRoles(),
                user.getPreferredLanguage(), hashing.hash(password));
        em.persist(created);
        em.persist(new AuditEvent(null, partnerId, AuditAction.USER_ADDED, created.getEmail(),
                "roles " + created.getRoles()));
        return created;
    }
}
