package org.partnerhub.web.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.CatalogRow;
import org.partnerhub.subscription.OfferCatalogService;
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

    private String text;
    private List<CatalogRow> rows;

    @PostConstruct
    void search() {
        rows = catalog.catalog(text);
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
