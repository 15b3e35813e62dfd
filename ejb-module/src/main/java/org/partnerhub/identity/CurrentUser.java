package org.partnerhub.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import org.partnerhub.security.Roles;

/**
 * The caller behind the current call, found from the container's caller principal: a partner
 * user signed in to the pages, or an API client with a bearer token. This is how every service
 * knows its tenant: it never takes a partner id from the caller.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
public class CurrentUser {

    /** Which active API client a principal names, and which active partner user: each rule once. */
    private static final String ACTIVE_API_CLIENT = " where x.clientId = :name and x.active = true";
    private static final String ACTIVE_USER = " where x.email = :name and x.active = true";

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    @Inject
    ResolvedCallers resolvedCallers;

    /** The active caller, managed in the caller's transaction. */
    public Caller require() {
        String name = principalName();
        if (isApiClient(name)) {
            return em.createQuery("select x from ApiClient x join fetch x.partner" + ACTIVE_API_CLIENT, ApiClient.class)
                    .setParameter("name", clientIdOf(name))
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EJBAccessException("The caller is not an active API client"));
        }
        return requireUser();
    }

    /** The signed-in, active person: what only a person does (its own language, its profile). */
    public PartnerUser requireUser() {
        return em.createQuery("select x from PartnerUser x" + ACTIVE_USER, PartnerUser.class)
                .setParameter("name", PartnerUser.normalizedEmail(principalName()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new EJBAccessException("The caller is not an active partner user"));
    }

    /**
     * The caller's partner: its tenant, found once per request ({@link ResolvedCallers}), as one
     * number: reading the whole caller and then its partner took two queries and a tenth of
     * a page's time under load (bench/load.sh, JFR).
     */
    public long partnerId() {
        String name = principalName();
        return resolvedCallers.partnerId(name, () -> {
            boolean apiClient = isApiClient(name);
            return em.createQuery(apiClient ? "select x.partner.id from ApiClient x" + ACTIVE_API_CLIENT
                            : "select x.partner.id from PartnerUser x" + ACTIVE_USER, Long.class)
                    .setParameter("name", apiClient ? clientIdOf(name) : PartnerUser.normalizedEmail(name))
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new EJBAccessException("The caller is not an active partner user or API client"));
        });
    }

    private static boolean isApiClient(String principal) {
        return principal.startsWith(ApiClient.PRINCIPAL_PREFIX);
    }

    private static String clientIdOf(String principal) {
        return principal.substring(ApiClient.PRINCIPAL_PREFIX.length());
    }

    private String principalName() {
        Principal principal = session.getCallerPrincipal();
        return principal == null ? "" : principal.getName();
    }
}
