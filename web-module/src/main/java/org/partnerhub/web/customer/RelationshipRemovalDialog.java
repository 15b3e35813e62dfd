package org.partnerhub.web.customer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;

/**
 * The account page's Remove relationship dialog: a Global admin attests to it and gives a
 * reason; active subscriptions bought through the caller stop it, and are listed.
 */
@Named
@ViewScoped
public class RelationshipRemovalDialog implements Serializable {

    @Inject
    CustomerQueries queries;

    @Inject
    CustomerService customers;

    @Inject
    CustomerAccountPage page;

    private RelationshipRemoval removal;
    private List<SubscriptionRow> blockers = List.of();

    public void start() {
        removal = new RelationshipRemoval();
        blockers = queries.removalBlockers(page.getCustomerId());
        Dialogs.open("removeDialog");
    }

    public String remove() {
        try {
            String company = page.getAccount().info().getCompanyName();
            customers.removeRelationship(page.getCustomerId(), removal);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("relationship.removed", company);
            return "/customer/customers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            blockers = queries.removalBlockers(page.getCustomerId());
            Messages.refusal("removal", refusal);
            return null;
        }
    }

    public RelationshipRemoval getRemoval() {
        return removal;
    }

    public List<SubscriptionRow> getBlockers() {
        return blockers;
    }
}
