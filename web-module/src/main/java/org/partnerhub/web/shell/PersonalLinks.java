package org.partnerhub.web.shell;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** What the pages that draft an email with a personal link share: the link's address and its date. */
public final class PersonalLinks {

    private PersonalLinks() {
    }

    /**
     * An address of this application as the user reached this server (so the link works from
     * wherever the user's colleagues reach it too), for a path such as {@code /accept/<token>}.
     */
    public static String address(String path) {
        return address((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(), path);
    }

    /** The same for a request that is not a page's (an API call). */
    public static String address(HttpServletRequest request, String path) {
        String here = request.getRequestURL().toString();
        String origin = here.substring(0, here.length() - request.getRequestURI().length());
        return origin + request.getContextPath() + path;
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
