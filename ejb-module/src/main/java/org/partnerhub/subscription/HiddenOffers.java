package org.partnerhub.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The offers a partner hides because it does not sell them: a table of pairs, read and written here only. */
@ApplicationScoped
public class HiddenOffers {

    @PersistenceContext
    EntityManager em;

    public Set<Long> of(long partnerId) {
        List<?> ids = em.createNativeQuery("select offer_id from partner_hidden_offer where partner_id = ?")
                .setParameter(1, partnerId)
                .getResultList();
        Set<Long> hidden = new HashSet<>();
        ids.forEach(id -> hidden.add(((Number) id).longValue()));
        return hidden;
    }

    void set(long partnerId, long offerId, boolean hide) {
        em.createNativeQuery(hide ? "insert into partner_hidden_offer (partner_id, offer_id) values (?, ?)"
                        : "delete from partner_hidden_offer where partner_id = ? and offer_id = ?")
                .setParameter(1, partnerId)
                .setParameter(2, offerId)
                .executeUpdate();
    }
}
