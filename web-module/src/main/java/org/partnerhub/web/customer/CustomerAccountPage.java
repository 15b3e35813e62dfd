package org.partnerhub.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.customer.AccountInfo;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.CustomerSummary;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * One customer's account, subscriptions and users. Global admins and Admin agents update the
 * account info; a Global admin removes the relationship, after attesting to it.
 */
@Named
@ViewScoped
public class CustomerAccountPage implements Serializable {

    @EJB
    transient CustomerQueries queries;

    @EJB
    transient CustomerService customers;

    @Inject
    SignedInUser signedInUser;

    private long customerId;
    private CustomerSummary summary;
    private AccountInfo form;
    private RelationshipRemoval removal;
    private List<SubscriptionRow> blockers = List.of();

    /** The view action: reads the customer named in the address, if it is one of ours. */
    public void load() {
        try {
            summary = queries.summary(customerId);
        } catch (BusinessException refusal) {
            summary = null;
            Messages.refusal("account", refusal);
        }
    }

    public boolean isMayEdit() {
        var me = signedInUser.getMe();
        return me.has(PartnerRole.GLOBAL_ADMIN) || me.has(PartnerRole.ADMIN_AGENT);
    }

    public boolean isMayRemove() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN);
    }

    public void startEditing() {
        form = queries.account(customerId).info();
    }

    /** Reloads the whole page after saving: the company name is also its title. */
    public String save() {
        try {
            customers.updateAccountInfo(customerId, form);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("customer.saved");
            return "/customer/account.xhtml?faces-redirect=true&customer=" + customerId;
        } catch (BusinessException refusal) {
            Messages.refusal("edit", refusal);
            return null;
        }
    }

    public void startRemoval() {
        removal = new RelationshipRemoval();
        blockers = queries.removalBlockers(customerId);
    }

    public String remove() {
        try {
            String company = summary.account().info().getCompanyName();
            customers.removeRelationship(customerId, removal);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("relationship.removed", company);
            return "/customer/customers.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            blockers = queries.removalBlockers(customerId);
            Messages.refusal("removal", refusal);
            return null;
        }
    }

    public List<Language> getLanguages() {
        return List.of(Language.values());
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public CustomerSummary getSummary() {
        return summary;
    }

    public AccountInfo getForm() {
        return form;
    }

    public RelationshipRemoval getRemoval() {
        return removal;
    }

    public List<SubscriptionRow> getBlockers() {
        return blockers;
    }
}
