package org.partnerhub.web.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.CatalogRow;
import org.partnerhub.subscription.OfferCatalogService;
import org.partnerhub.web.shell.LanguageSwitch;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The offer catalog, searchable; a Global admin of a partner that sells on its own account
 * hides the offers it does not sell from its order forms (and shows them again).
 */
@Named
@ViewScoped
public class CatalogPage implements Serializable {

    @Inject
    OfferCatalogService catalog;

    @Inject
    SignedInUser signedInUser;

    @Inject
    LanguageSwitch languageSwitch;

    private String text;
    private List<CatalogRow> rows;

    @PostConstruct
    void search() {
        // In the order of the names the reader sees: offers are translated, so the database's
        // order (by the English name) is not the reader's.
        Locale locale = languageSwitch.getLocale();
        Comparator<String> alphabetical = Collator.getInstance(locale)::compare;
        rows = catalog.catalog(text).stream()
                .sorted(Comparator.comparing(row -> row.offer().name(locale), alphabetical))
                .toList();
    }

    public void searchNow() {
        search();
    }

    public void toggle(CatalogRow row) {
        try {
            catalog.hide(row.offer().id(), !row.hidden());
            Messages.info(row.hidden() ? "catalog.shown" : "catalog.hidden", row.offer().names());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        search();
    }

    public boolean isMayHide() {
        var me = signedInUser.getMe();
        return me.has(PartnerRole.GLOBAL_ADMIN) && me.partnerType() != PartnerType.INDIRECT_RESELLER;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<CatalogRow> getRows() {
        return rows;
    }
}
