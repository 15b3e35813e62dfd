package org.partnerhub.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.partnerhub.shared.LinkToken;

/** What the pages that draft an email with a personal link share: the link's address and its date. */
public final class PersonalLinks {

    private PersonalLinks() {
    }

    /**
     * An address of this application as the user reached this server (so the link works from
     * wherever the user's colleagues reach it too), for a path such as {@code /accept/<token>};
     * the request is a page's or an API call's.
     */
    private static String address(HttpServletRequest request, String path) {
        String here = request.getRequestURL().toString();
        String origin = here.substring(0, here.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + path;
    }

    /** Where a relationship invitation's link leads: the short public acceptance address. */
    public static String invitation(HttpServletRequest request, LinkToken token) {
        return address(request, "/accept/" + token.value());
    }

    public static String invitation(LinkToken token) {
        return invitation(pageRequest(), token);
    }

    /**
     * Where an admin relationship's approval link leads: the short address that sends the
     * customer's admin (through sign-in) to its area's answer page.
     */
    public static String adminApproval(HttpServletRequest request, LinkToken token) {
        return address(request, "/approve/" + token.value());
    }

    public static String adminApproval(LinkToken token) {
        return adminApproval(pageRequest(), token);
    }

    /** Where a provider's partnership request link leads: the reseller's answer page. */
    public static String partnershipRequest(HttpServletRequest request, LinkToken token) {
        return address(request, "/partnership/accept.xhtml?token=" + token.value());
    }

    public static String partnershipRequest(LinkToken token) {
        return partnershipRequest(pageRequest(), token);
    }

    private static HttpServletRequest pageRequest() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** A date as a letter writes it, in that language. */
    public static String longDate(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(at);
    }

    /** The date in the page's language. */
    public static String longDate(LocalDateTime at) {
        return longDate(at, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
