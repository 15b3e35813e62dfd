package org.partnerhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.shared.Language;

/**
 * The language pages are shown in: the browser's until someone signs in, then the user's
 * preferred one; a switch is remembered for the signed-in user. It lives in the HTTP session
 * when there is one, and a visitor without one (the login page, error pages) keeps a switch in
 * a cookie instead: an anonymous request must not cost a session.
 *
 * <p>Application-scoped and without state of its own: every page asks for its locale, and a
 * request-scoped bean was made for each, its injections and all (under the load test, making
 * beans took 5% of the server's time). Reading the choice from the session each time costs a map
 * lookup.
 */
@Named
@ApplicationScoped
public class LanguageSwitch {

    static final String COOKIE = "partnerhub-language";
    private static final String ATTRIBUTE = LanguageSwitch.class.getName();
    private static final int COOKIE_SECONDS = 365 * 24 * 60 * 60;

    @EJB
    PartnerUserService users;

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        FacesContext context = FacesContext.getCurrentInstance();
        Choice kept = kept(context);
        return kept != null ? kept.language() : fromCookieOrBrowser(context);
    }

    /** Switches and stays on the same page, now in the chosen language. */
    public String switchTo(Language chosen) {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        if (external.getSession(false) != null) {
            keep(context, new Choice(chosen, true));
        } else {
            Cookie cookie = new Cookie(COOKIE, chosen.name());
            cookie.setMaxAge(COOKIE_SECONDS);
            cookie.setPath(external.getRequestContextPath() + "/");
            cookie.setHttpOnly(true);
            cookie.setSecure(((HttpServletRequest) external.getRequest()).isSecure());
            cookie.setAttribute("SameSite", "Lax");
            ((HttpServletResponse) external.getResponse()).addCookie(cookie);
        }
        if (SignedInUser.isPartnerUser(external)) {
            users.rememberLanguage(chosen);
        }
        context.getViewRoot().setLocale(chosen.locale());
        // The view parameters (a customer id, a request link) keep the page on what it showed.
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /**
     * Takes on the language a page's subject suggests (an invitation's), unless the visitor
     * already picked one with the switch.
     */
    public void suggest(Language suggested) {
        FacesContext context = FacesContext.getCurrentInstance();
        Choice kept = kept(context);
        if (kept == null || !kept.chosen()) {
            keep(context, new Choice(suggested, false));
        }
    }

    /** Takes on the signed-in user's preferred language. */
    public void adopt(Language preferred) {
        keep(FacesContext.getCurrentInstance(), new Choice(preferred, true));
    }

    private static Choice kept(FacesContext context) {
        HttpSession session = (HttpSession) context.getExternalContext().getSession(false);
        return session == null ? null : (Choice) session.getAttribute(ATTRIBUTE);
    }

    private static void keep(FacesContext context, Choice choice) {
        ((HttpSession) context.getExternalContext().getSession(true)).setAttribute(ATTRIBUTE, choice);
    }

    private static Language fromCookieOrBrowser(FacesContext context) {
        Language fromCookie = cookie(context);
        return fromCookie != null ? fromCookie
                : Language.of(context.getApplication().getViewHandler().calculateLocale(context));
    }

    private static Language cookie(FacesContext context) {
        Cookie[] cookies = ((HttpServletRequest) context.getExternalContext().getRequest()).getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    for (Language known : Language.values()) {
                        if (known.name().equals(cookie.getValue())) {
                            return known;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The language kept in a session, and whether the visitor picked it (rather than a page suggesting it). */
    private record Choice(Language language, boolean chosen) implements Serializable {
    }
}
