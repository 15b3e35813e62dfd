package org.partnerhub.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.shared.BusinessException;

/**
 * Who buys, in the two-tier model: an indirect reseller sells through one of its partnered
 * indirect providers, which buys and becomes the partner of record while the reseller is
 * credited; direct resellers and providers buy for themselves. Every way to an order or a
 * transfer (pages, API, the customer's self-service) asks here, so the rule is written once.
 */
@ApplicationScoped
public class PartnerOfRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    /** The partner of record and the reseller credited with what it buys (null: nobody). */
    public record Buyer(Partner partnerOfRecord, Partner credited) {
    }

    /**
     * Who buys when this seller orders for the customer. An indirect reseller must name one of
     * its active partnered providers, which must serve the customer too (the provider becomes
     * partner of record, and acts for it); the refusal names {@code field}. Anyone else buys
     * itself, and naming a provider is refused.
     */
    public Buyer forSeller(Partner seller, Long providerId, long customerId, String field) {
        if (!needsProvider(seller, providerId, field)) {
            return new Buyer(seller, null);
        }
        Partner provider = activePartnerships.provider(seller.getId(), providerId, field);
        if (!activeRelationships.exists(provider.getId(), customerId)) {
            throw new BusinessException("order.provider.notServing", field, provider.getName());
        }
        return new Buyer(provider, seller);
    }

    /**
     * Who buys when the customer itself buys through this seller: an indirect reseller's
     * partnered provider that serves the customer (the first by name, if several do); without
     * one the purchase is refused.
     */
    public Buyer forSelfService(Partner seller, long customerId) {
        if (seller.getType() != PartnerType.INDIRECT_RESELLER) {
            return new Buyer(seller, null);
        }
        Partner provider = em.createQuery("""
                        select p.provider from Partnership p, ResellerRelationship r
                        where p.reseller = :seller
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE
                          and r.partner = p.provider and r.customer.id = :customer and %s
                        order by p.provider.name, p.provider.id""".formatted(ActiveRelationships.condition("r")),
                        Partner.class)
                .setParameter("seller", seller)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("selfService.noProvider", null, seller.getName()));
        return new Buyer(provider, seller);
    }

    /**
     * Whether this seller buys through the provider it names: an indirect reseller must name
     * one, anyone else must not; either mistake is refused next to {@code field}.
     */
    public boolean needsProvider(Partner seller, Long providerId, String field) {
        if (seller.getType() != PartnerType.INDIRECT_RESELLER) {
            if (providerId != null) {
                throw new BusinessException("order.provider.onlyResellers", field);
            }
            return false;
        }
        if (providerId == null) {
            throw new BusinessException("order.provider.required", field);
        }
        return true;
    }
}
