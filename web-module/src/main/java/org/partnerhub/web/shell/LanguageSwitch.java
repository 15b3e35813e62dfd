package org.partnerhub.web.shell;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.shared.Language;

/**
 * The language pages are shown in: the browser's until someone signs in, then the user's
 * preferred one; a switch is remembered for the signed-in user.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    @EJB
    transient PartnerUserService users;

    private Language language;
    private boolean chosen;

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public Language getLanguage() {
        if (language == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            language = Language.of(context == null ? null
                    : context.getApplication().getViewHandler().calculateLocale(context));
        }
        return language;
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    /** Switches and stays on the same page, now in the chosen language. */
    public String switchTo(Language chosen) {
        language = chosen;
        this.chosen = true;
        FacesContext context = FacesContext.getCurrentInstance();
        if (SignedInUser.isPartnerUser(context.getExternalContext())) {
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
        if (!chosen) {
            language = suggested;
        }
    }

    /** Takes on the signed-in user's preferred language. */
    public void adopt(Language preferred) {
        language = preferred;
    }
}
