package org.partnerhub.subscription;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnerhub.identity.Roles;

/** The offers partners can order for their customers. */
@Stateless
public class OfferCatalog {

    @PersistenceContext
    EntityManager em;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public List<OfferRow> offers() {
        return em.createQuery("select o from Offer o order by o.name", Offer.class)
                .getResultList().stream()
                .map(Offer::toRow)
                .toList();
    }
}
