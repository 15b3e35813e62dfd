package org.partnerhub.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.Summary;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;

/** Placing an order: one subscription per line, within each offer's limits. */
@ApplicationScoped
public class OrderPlacement {

    @PersistenceContext
    EntityManager em;

    @Inject
    HiddenOffers hiddenOffers;

    /**
     * Persists the order and its subscriptions, bought through the partner and credited to the
     * reseller if one is given (the caller checked it may be). Refuses an offer twice or one no
     * longer in the catalog; the caller's transaction then leaves nothing behind.
     */
    public PlacedOrder place(Partner partner, Customer customer, String byEmail,
            List<OrderLine> lines, Partner creditedReseller) {
        if (new HashSet<>(lines.stream().map(OrderLine::offerId).toList()).size() != lines.size()) {
            throw BusinessException.of("order.offer.twice");
        }
        Set<Long> hidden = hiddenOffers.of(partner.getId());
        CustomerOrder order = new CustomerOrder(partner, customer, byEmail);
        em.persist(order);
        List<PlacedOrder.Line> placed = new ArrayList<>();
        for (OrderLine line : lines) {
            Offer offer = em.find(Offer.class, line.offerId());
            if (offer == null || offer.isWithdrawn()) {
                throw BusinessException.of("order.offer.unknown");
            }
            if (hidden.contains(offer.getId())) {
                throw new BusinessException("order.offer.hidden", null, offer.getNames());
            }
            Subscription subscription = order.subscribe(offer, line.licenses());
            if (creditedReseller != null) {
                subscription.creditTo(creditedReseller);
            }
            em.persist(subscription);
            placed.add(new PlacedOrder.Line(offer.getId(), offer.getCode(), offer.getBillingCycle(), line.licenses(),
                    subscription.getId()));
        }
        return new PlacedOrder(order.getId(), order.getSubmittedAt(), placed);
    }

    /** What the audit log says about an order. */
    public static Summary summary(List<OrderLine> lines, Partner creditedReseller) {
        Summary order = Summary.of("order", lines.size(), lines.stream().mapToInt(OrderLine::licenses).sum());
        return creditedReseller == null ? order : order.and("creditedTo", creditedReseller.nameAndMpnId());
    }
}
