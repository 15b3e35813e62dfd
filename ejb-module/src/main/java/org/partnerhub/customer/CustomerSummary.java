package org.partnerhub.customer;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.subscription.SubscriptionRow;

/** Everything the customer list shows when a row is expanded, read in one call. */
public record CustomerSummary(CustomerAccount account, List<SubscriptionRow> subscriptions,
        List<CustomerUserRow> users) implements Serializable {
}
