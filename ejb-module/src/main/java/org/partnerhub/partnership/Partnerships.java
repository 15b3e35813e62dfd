package org.partnerhub.partnership;

import jakarta.persistence.EntityManager;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/** Finding the partnered reseller a provider acts for. */
public final class Partnerships {

    private static final String ACTIVE_RESELLER = "select p.reseller from Partnership p"
            + " where p.provider.id = :provider"
            + " and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE";

    private Partnerships() {
    }

    /**
     * The indirect reseller with which the provider has an active partnership. Any other partner
     * is refused with the same message, about the field that named it.
     */
    public static Partner activeReseller(EntityManager em, long providerId, long resellerId, String field) {
        return em.createQuery(ACTIVE_RESELLER + " and p.reseller.id = :reseller", Partner.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.reseller.notPartner", field));
    }

    /** The same, found by the MPN ID a user typed; any other is refused with the MPN ID in the message. */
    public static Partner activeResellerByMpnId(EntityManager em, long providerId, String mpnId, String field) {
        return em.createQuery(ACTIVE_RESELLER + " and p.reseller.mpnId = :mpnId", Partner.class)
                .setParameter("provider", providerId)
                .setParameter("mpnId", mpnId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.mpnId.notPartner", field, mpnId));
    }

    /** The indirect provider with which the reseller has an active partnership, or the same refusal. */
    public static Partner activeProvider(EntityManager em, long resellerId, long providerId, String field) {
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
