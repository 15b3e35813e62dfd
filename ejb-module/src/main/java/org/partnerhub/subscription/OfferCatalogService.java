package org.partnerhub.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/**
 * The offers in the catalog, as every partner user sees them, and as a partner orders them:
 * without the withdrawn ones and without those it hides because it does not sell them.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class OfferCatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @Inject
    HiddenOffers hiddenOffers;

    /** What the caller's partner may order, by name. */
    public List<OfferRow> offers() {
        Set<Long> hidden = hiddenOffers.of(currentUser.partnerId());
        return available().stream().filter(offer -> !hidden.contains(offer.getId())).map(Offer::toRow).toList();
    }

    /**
     * The whole catalog, or the offers whose name or description contains the text in any of
     * their languages (a user finds an offer in the words of the page it reads), with what the
     * caller hides.
     */
    public List<CatalogRow> catalog(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Set<Long> hidden = hiddenOffers.of(currentUser.partnerId());
        return available().stream()
                .map(Offer::toRow)
                .filter(offer -> wanted.isEmpty() || offer.names().contains(wanted) || offer.descriptions().contains(wanted))
                .map(offer -> new CatalogRow(offer, hidden.contains(offer.id())))
                .toList();
    }

    /**
     * Hides an offer from the partner's order forms, or shows it again. Only a Global admin of
     * a partner that sells on its own account (an indirect provider or a direct reseller).
     */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void hide(long offerId, boolean hide) {
        Caller actor = currentUser.require();
        PartnerType type = actor.getPartner().getType();
        if (type == PartnerType.INDIRECT_RESELLER) {
            throw BusinessException.of("catalog.hide.notReseller");
        }
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || offer.isWithdrawn()) {
            throw BusinessException.of("order.offer.unknown");
        }
        long partnerId = actor.getPartner().getId();
        if (hiddenOffers.of(partnerId).contains(offerId) == hide) {
            return;
        }
        hiddenOffers.set(partnerId, offerId, hide);
        auditTrail.record(actor.actorName(), partnerId, hide ? AuditAction.OFFER_HIDDEN : AuditAction.OFFER_SHOWN,
                offer.getCode(), Summary.of("offer", offer.getName()));
    }

    private List<Offer> available() {
        return em.createQuery("select o from Offer o left join fetch o.upgrades where o.withdrawn = false order by o.name",
                Offer.class).getResultList().stream().distinct().toList();
    }
}
