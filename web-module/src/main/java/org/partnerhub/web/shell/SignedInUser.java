package org.partnerhub.web.shell;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;
import org.partnerhub.identity.Me;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.security.Roles;
import org.partnerhub.signin.SignedInCaller;
import org.partnerhub.web.security.SessionCaller;

/** The signed-in user and partner, read once per session (and per role change) for the top bar and the menu. */
@Named
@SessionScoped
public class SignedInUser implements Serializable {

    private static final String PARTNER_USER = SignedInUser.class.getName() + ".partnerUser";
    private static final String CUSTOMER_ADMIN = SignedInUser.class.getName() + ".customerAdmin";

    @Inject
    PartnerUserService users;

    /** The current request (a proxy): the access filter asks before Faces has a context. */
    @Inject
    HttpServletRequest request;

    private Me me;
    private long readAtCredentialsVersion;

    /** Read again when the user's roles changed since, even in another session or on another server. */
    public Me getMe() {
        long credentialsVersion = SessionCaller.of(request).map(SignedInCaller::credentialsVersion).orElse(0L);
        if (me == null || credentialsVersion != readAtCredentialsVersion) {
            me = users.me();
            readAtCredentialsVersion = credentialsVersion;
        }
        return me;
    }

    public List<PartnerRole> getRoles() {
        return getMe().roles().stream().sorted().toList();
    }

    /**
     * Whether the caller is a signed-in partner user; a customer admin (customer area) is
     * signed in too, but has no partner, menu or preferences.
     */
    public static boolean isPartnerUser(ExternalContext external) {
        return external.getUserPrincipal() != null && !external.isUserInRole(Roles.CUSTOMER_ADMIN);
    }

    /**
     * Asked by the top bar and the menu once per request: each asking is a policy check. The
     * pages ask only once someone signed in: this bean lives in the session, and an anonymous
     * visitor gets none.
     */
    public boolean isPartnerUser() {
        return onceThisRequest(PARTNER_USER, SignedInUser::isPartnerUser);
    }

    public boolean isCustomerAdmin() {
        return onceThisRequest(CUSTOMER_ADMIN, external -> external.isUserInRole(Roles.CUSTOMER_ADMIN));
    }

    private static boolean onceThisRequest(String key, Predicate<ExternalContext> question) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return (Boolean) faces.getAttributes().computeIfAbsent(key, k -> question.test(faces.getExternalContext()));
    }

    /** Reads the user again, e.g. after the partner's name changed. */
    public void refresh() {
        me = null;
    }
}
