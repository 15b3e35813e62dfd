package org.partnerhub.web.customer;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;

/** The account page's Edit dialog: Global admins and Admin agents update the account info. */
@Named
@ViewScoped
public class AccountEditDialog implements Serializable {

    @Inject
    CustomerQueries queries;

    @Inject
    CustomerService customers;

    @Inject
    CustomerAccountPage page;

    private AccountInfo form;

    public void start() {
        form = queries.account(page.getCustomerId()).info();
        Dialogs.open("editDialog");
    }

    /** Reloads the whole page after saving: the company name is also its title. */
    public String save() {
        try {
            customers.updateAccountInfo(page.getCustomerId(), form);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("customer.saved");
            return "/customer/account.xhtml?faces-redirect=true&customer=" + page.getCustomerId();
        } catch (BusinessException refusal) {
            Messages.refusal("edit", refusal);
            return null;
        }
    }

    public AccountInfo getForm() {
        return form;
    }
}
