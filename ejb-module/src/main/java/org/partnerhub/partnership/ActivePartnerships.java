package org.partnerhub.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.partner.MpnId;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/**
 * The partnered partner a provider or reseller acts with: a provider for a reseller it has an
 * active partnership with, a reseller with its provider. Any other partner is refused with the
 * same message about the field that named it, so nobody learns who else exists.
 */
@ApplicationScoped
public class ActivePartnerships {

    private static final String ACTIVE_RESELLER = "select p.reseller from Partnership p"
            + " where p.provider.id = :provider"
            + " and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE";

    @PersistenceContext
    EntityManager em;

    /** The indirect reseller with which the provider has an active partnership. */
    public Partner reseller(long providerId, long resellerId, String field) {
        return em.createQuery(ACTIVE_RESELLER + " and p.reseller.id = :reseller", Partner.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.reseller.notPartner", field));
    }

    /** The same, found by the MPN ID a user typed; any other is refused with the MPN ID in the message. */
    public Partner resellerByMpnId(long providerId, String mpnId, String field) {
        if (!MpnId.Validator.isWellFormed(mpnId)) {
            // Not a number a reseller could have: say so, rather than "not one of yours".
            throw new BusinessException("partnership.mpnId.malformed", field, mpnId);
        }
        return em.createQuery(ACTIVE_RESELLER + " and p.reseller.mpnId = :mpnId", Partner.class)
                .setParameter("provider", providerId)
                .setParameter("mpnId", mpnId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.mpnId.notPartner", field, mpnId));
    }

    /** The indirect provider with which the reseller has an active partnership. */
    public Partner provider(long resellerId, long providerId, String field) {
        return em.createQuery("""
                        select p.provider from Partnership p
                        where p.reseller.id = :reseller and p.provider.id = :provider
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE""", Partner.class)
                .setParameter("reseller", resellerId)
                .setParameter("provider", providerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.provider.notPartner", field));
    }
}
