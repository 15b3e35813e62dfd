package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.web.shell.DatabasePages;
import org.primefaces.model.LazyDataModel;

/**
 * The account page's Users tab: administrators first, a page at a time from the database, so a
 * customer with 10,000 imported users costs what one with ten does (the view state holds one
 * page). Managing them is the Users page's.
 */
@Named
@ViewScoped
public class CustomerUsersTab implements Serializable {

    @Inject
    CustomerQueries queries;

    @Inject
    CustomerAccountPage page;

    private final DatabasePages<CustomerUserRow> rows = DatabasePages.of(
            () -> queries.userCount(page.getCustomerId()),
            (first, max) -> queries.users(page.getCustomerId(), first, max),
            CustomerUserRow::id, () -> page.loads());

    public LazyDataModel<CustomerUserRow> getRows() {
        return rows;
    }
}
