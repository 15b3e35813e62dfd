package org.partnerhub.customeruser;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.partnerhub.security.Roles;

/**
 * The customer admin behind the current call, found from the container's caller principal: how
 * the customer area knows its customer. It never takes a customer id from the caller.
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER_ADMIN)
public class CurrentCustomerAdmin {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** The signed-in administrator, still an administrator and not blocked, with its customer loaded. */
    public CustomerUser require() {
        Principal principal = session.getCallerPrincipal();
        String userName = principal == null ? "" : principal.getName().trim().toLowerCase();
        return em.createQuery("""
                        select u from CustomerUser u join fetch u.customer
                        where u.userName = :name and u.administrator = true and u.blocked = false""", CustomerUser.class)
                .setParameter("name", userName)
                .getResultStream().findFirst()
                .orElseThrow(() -> new EJBAccessException("The caller is not a customer admin"));
    }
}
