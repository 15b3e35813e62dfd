package org.partnerhub.channel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.partnership.Partnership;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/**
 * The caller's channel at a glance: each partnered provider or reseller, with the customers both
 * serve and the subscriptions credited between them. It reads partnerships, relationships and
 * subscriptions together, so it sits above all three. Counts come from the database, grouped by
 * partner, not from loaded customers.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class ChannelQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    ActivePartnerships activePartnerships;

    @EJB
    CurrentUser currentUser;

    /** What kind of partner the caller is: which side of a partnership it stands on. */
    public PartnerType myType() {
        return currentUser.require().getPartner().getType();
    }

    /**
     * The provider's partnered resellers by name, for a menu: one indexed query, without the
     * counts of {@link #partners}, which a distributor's thousand resellers make cost a page's
     * worth of time.
     */
    public List<PartnerChoice> resellerChoices() {
        return em.createQuery("""
                        select new org.partnerhub.channel.PartnerChoice(r.id, r.name, r.mpnId)
                        from Partnership p join p.reseller r
                        where p.provider.id = :me
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE
                        order by r.name, r.id""", PartnerChoice.class)
                .setParameter("me", currentUser.partnerId())
                .getResultList();
    }

    /** The reseller's partnered providers by name, for a menu: those that may buy for it. */
    public List<PartnerChoice> providerChoices() {
        return em.createQuery("""
                        select new org.partnerhub.channel.PartnerChoice(v.id, v.name, v.mpnId)
                        from Partnership p join p.provider v
                        where p.reseller.id = :me
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE
                        order by v.name, v.id""", PartnerChoice.class)
                .setParameter("me", currentUser.partnerId())
                .getResultList();
    }

    /**
     * The caller's partnered reseller with this id, for a menu that shows the chosen one only;
     * any other partner is refused, as everywhere a provider names a reseller.
     */
    public PartnerChoice resellerChoice(long resellerId) {
        Partner reseller = activePartnerships.reseller(currentUser.partnerId(), resellerId, null);
        return new PartnerChoice(reseller.getId(), reseller.getName(), reseller.getMpnId());
    }

    /** Whether the provider has a partnered reseller at all, without reading them. */
    public boolean hasResellers() {
        return em.createQuery("""
                        select count(p) from Partnership p
                        where p.provider.id = :me and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE""",
                        Long.class)
                .setParameter("me", currentUser.partnerId())
                .getSingleResult() > 0;
    }

    /** The other side of each active partnership, by name. */
    public List<PartnerRow> partners() {
        Partner me = currentUser.require().getPartner();
        List<Partnership> active = em.createQuery("""
                        select p from Partnership p join fetch p.provider join fetch p.reseller
                        where (p.provider = :me or p.reseller = :me)
                          and p.status = org.partnerhub.partnership.PartnershipStatus.ACTIVE""", Partnership.class)
                .setParameter("me", me)
                .getResultList();
        if (active.isEmpty()) {
            return List.of();
        }
        List<Long> others = active.stream().map(p -> p.otherSide(me).getId()).toList();
        Map<Long, Long> customers = countsByPartner(em.createQuery("""
                        select theirs.partner.id, count(mine) from ResellerRelationship mine, ResellerRelationship theirs
                        where mine.partner = :me and %s
                          and theirs.customer = mine.customer and theirs.partner.id in :others
                          and %s
                        group by theirs.partner.id"""
                        .formatted(ActiveRelationships.condition("mine"), ActiveRelationships.condition("theirs")),
                        Object[].class)
                .setParameter("me", me).setParameter("others", others).getResultList());
        boolean provider = me.getType() == PartnerType.INDIRECT_PROVIDER;
        Map<Long, Long> subscriptions = countsByPartner(em.createQuery(provider
                        ? """
                          select s.reseller.id, count(s) from Subscription s
                          where s.partner = :me and s.reseller.id in :others
                            and s.status = 'ACTIVE'
                          group by s.reseller.id"""
                        : """
                          select s.partner.id, count(s) from Subscription s
                          where s.reseller = :me and s.partner.id in :others
                            and s.status = 'ACTIVE'
                          group by s.partner.id""", Object[].class)
                .setParameter("me", me).setParameter("others", others).getResultList());
        return active.stream()
                .map(p -> {
                    var other = p.otherSide(me).profile();
                    return new PartnerRow(p.getId(), other.partnerId(), other.name(), other.mpnId(), other.country(),
                            other.contactEmail(), p.getAcceptedAt(), customers.getOrDefault(other.partnerId(), 0L),
                            subscriptions.getOrDefault(other.partnerId(), 0L));
                })
                .sorted(Comparator.comparing(PartnerRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * The other side of the caller's active partnerships that serves this customer of the
     * caller's too: for a provider the resellers an order may be credited to, for an indirect
     * reseller the providers that may buy for it.
     */
    public List<PartnerRow> partnersServing(long customerId) {
        Partner me = currentUser.require().getPartner();
        if (!activeRelationships.exists(me.getId(), customerId)) {
            throw BusinessException.of("customer.notFound");
        }
        List<Long> serving = em.createQuery("""
                        select r.partner.id from ResellerRelationship r
                        where r.customer.id = :customer
                          and %s""".formatted(ActiveRelationships.condition("r")), Long.class)
                .setParameter("customer", customerId)
                .getResultList();
        return partners().stream().filter(row -> serving.contains(row.partnerId())).toList();
    }

    private static Map<Long, Long> countsByPartner(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
