package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.identity.Me;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.relationship.RelationshipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * One customer's page: which customer (from the address), its account, the tab shown, and what
 * the signed-in user may do there. Each tab and dialog has its own bean (the history, the
 * subscriptions, the users; editing, removal, ordering, crediting) that reads this one for the
 * customer and asks it to {@link #load} again after a change.
 */
@Named
@ViewScoped
public class CustomerAccountPage implements Serializable {

    /** The Subscriptions tab, shown again after one of its dialogs was used. */
    static final int SUBSCRIPTIONS_TAB = 1;

    @Inject
    CustomerQueries queries;

    @Inject
    RelationshipService relationships;

    @Inject
    SignedInUser signedInUser;

    private long customerId;
    private CustomerAccount account;
    private int activeTab;
    /** Raised by every load: the tabs read their counts again when it changed. */
    private int loads;

    /** The view action: reads the customer named in the address, if it is one of ours. */
    public void load() {
        loads++;
        try {
            account = queries.account(customerId);
        } catch (BusinessException refusal) {
            account = null;
            Messages.refusal("account", refusal);
        }
    }

    /** Lets the customer buy its own services through the caller, or stops it. */
    public void toggleSelfService() {
        try {
            boolean allowed = !account.selfService();
            relationships.allowSelfService(customerId, allowed);
            load();
            Messages.info(allowed ? "selfService.allowed" : "selfService.stopped");
        } catch (BusinessException refusal) {
            Messages.refusal("account", refusal);
        }
    }

    public boolean isMayEdit() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }

    public boolean isMayRemove() {
        return signedInUser.getMe().has(PartnerRole.GLOBAL_ADMIN);
    }

    public boolean isMayOrder() {
        return mayOrder(signedInUser.getMe());
    }

    /** Who adds subscriptions: here, and from the customer list's expanded row. */
    static boolean mayOrder(Me me) {
        return me.hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT);
    }

    public void showSubscriptions() {
        activeTab = SUBSCRIPTIONS_TAB;
    }

    public int loads() {
        return loads;
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public CustomerAccount getAccount() {
        return account;
    }
}
