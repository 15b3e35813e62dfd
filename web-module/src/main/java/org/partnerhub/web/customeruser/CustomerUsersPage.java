package org.partnerhub.web.customeruser;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.customeruser.CustomerUserSearch;
import org.partnerhub.customeruser.CustomerUserService;
import org.partnerhub.customeruser.LicenseUse;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.DatabasePages;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A customer's users, searched and paged by the database: add one (its temporary password is
 * shown once), reset a password (shown once), block or unblock, delete, and give or take back
 * licenses of the customer's subscriptions. What each role may do is the service's rule; the
 * page only hides what the role cannot use.
 */
@Named
@ViewScoped
public class CustomerUsersPage implements Serializable {

    private static final String TABLE = ":users:table";

    @Inject
    CustomerUserService users;

    @Inject
    CustomerQueries queries;

    @Inject
    SignedInUser signedInUser;

    private long customerId;
    private CustomerAccount account;
    private String searchText;
    private CustomerUserSearch search = CustomerUserSearch.all();
    private final Rows rows = new Rows();
    private NewCustomerUser adding;
    private NewUserCredentials shown;
    private CustomerUserRow licensing;
    private List<LicenseUse> licenseUses = List.of();

    /** The view action: the customer named in the address, if the caller serves it. */
    public void load() {
        try {
            account = queries.account(customerId);
        } catch (BusinessException refusal) {
            account = null;
            Messages.refusal(null, refusal);
        }
    }

    public void search() {
        search = new CustomerUserSearch(searchText);
        rows.recount();
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void startAdding() {
        adding = new NewCustomerUser();
        adding.setUsageLocation(account.info().getCountry());
        Dialogs.open("addDialog");
    }

    public void add() {
        try {
            shown = users.add(customerId, adding);
            adding = null;
            rows.recount();
            Dialogs.close("addDialog");
            Dialogs.show("credentialsDialog");
        } catch (BusinessException refusal) {
            Messages.refusal("add", refusal);
        }
    }

    public void resetPassword(CustomerUserRow user) {
        act(() -> shown = users.resetPassword(customerId, user.id()), null);
        if (shown != null) {
            Dialogs.show("credentialsDialog");
        }
    }

    public void toggleBlock(CustomerUserRow user) {
        act(() -> users.block(customerId, user.id(), !user.blocked()),
                user.blocked() ? "customerUsers.unblocked" : "customerUsers.blocked");
    }

    public void delete(CustomerUserRow user) {
        act(() -> users.delete(customerId, user.id()), "customerUsers.deleted");
        rows.recount();
    }

    public void startLicensing(CustomerUserRow user) {
        licensing = user;
        licenseUses = users.licenseUse(customerId, user.id());
        Dialogs.open("licensesDialog");
    }

    public void assign(LicenseUse use) {
        licenseChange(() -> users.assignLicense(customerId, licensing.id(), use.subscriptionId()));
    }

    public void remove(LicenseUse use) {
        licenseChange(() -> users.removeLicense(customerId, licensing.id(), use.subscriptionId()));
    }

    private void licenseChange(Runnable change) {
        try {
            change.run();
        } catch (BusinessException refusal) {
            Messages.refusal("licenses", refusal);
        }
        licenseUses = users.licenseUse(customerId, licensing.id());
    }

    private void act(Runnable action, String doneKey) {
        shown = null;
        try {
            action.run();
            if (doneKey != null) {
                Messages.info(doneKey);
            }
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
    }

    /** The credentials are shown once: closing the dialog forgets them. */
    public void forgetCredentials() {
        shown = null;
        Dialogs.close("credentialsDialog");
    }

    public boolean isMayManage() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }

    public boolean isMayResetPasswords() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.HELPDESK_AGENT);
    }

    public LazyDataModel<CustomerUserRow> getRows() {
        return rows;
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

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public NewCustomerUser getAdding() {
        return adding;
    }

    public NewUserCredentials getShown() {
        return shown;
    }

    public CustomerUserRow getLicensing() {
        return licensing;
    }

    public List<LicenseUse> getLicenseUses() {
        return licenseUses;
    }

    private class Rows extends DatabasePages<CustomerUserRow> {

        @Override
        protected long countRows() {
            return users.count(customerId, search);
        }

        /** Counted again when the search changes, or (recount) the users do. */
        @Override
        protected Object countKey() {
            return search;
        }

        @Override
        protected List<CustomerUserRow> rows(int first, int max, Map<String, SortMeta> sortBy) {
            return users.users(customerId, search, first, max);
        }

        @Override
        protected long idOf(CustomerUserRow row) {
            return row.id();
        }
    }
}
