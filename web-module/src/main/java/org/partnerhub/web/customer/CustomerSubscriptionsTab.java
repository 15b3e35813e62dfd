package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.subscription.SubscriptionRow;
import org.partnerhub.web.shell.DatabasePages;
import org.primefaces.model.LazyDataModel;

/** The account page's Subscriptions tab: a page at a time, oldest first; a customer may have thousands. */
@Named
@ViewScoped
public class CustomerSubscriptionsTab implements Serializable {

    @Inject
    CustomerQueries queries;

    @Inject
    CustomerAccountPage page;

    /** Counted once per load of the page: an order adds subscriptions. */
    private final DatabasePages<SubscriptionRow> rows = DatabasePages.of(
            () -> queries.subscriptionCount(page.getCustomerId()),
            (first, max) -> queries.subscriptions(page.getCustomerId(), first, max),
            SubscriptionRow::id, () -> page.loads());

    public LazyDataModel<SubscriptionRow> getRows() {
        return rows;
    }
}
