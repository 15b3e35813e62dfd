package org.partnerhub.partnership;

import jakarta.persistence.EntityManager;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/** Finding the partnered reseller a provider acts for. */
public final class Partnerships {

    private Partnerships() {
    }

    /**
     * The indirect reseller with which the provider has an active partnership. Any other partner
     * is refused with the same message, about the field that named it.
     */
    public static Partner activeReseller(EntityManager em, long providerId, long resellerId, String field) {
        return em.createQuery("""
                        select p.reseller from Partnership p
                        where p.provider.id = :provider and p.reseller.id = :reseller
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE""", Partner.class)
                .setParameter("provider", providerId)
                .setParameter("reseller", resellerId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.reseller.notPartner", field));
    }
}
