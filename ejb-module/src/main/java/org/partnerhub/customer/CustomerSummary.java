package org.partnerhub.customer;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.customeruser.CustomerUserRow;
import org.partnerhub.subscription.SubscriptionRow;

/**
 * What the customer list shows when a row is expanded, read in one call: the account, and the
 * first {@value #FIRST} subscriptions and users with how many there are in all.
 */
public record CustomerSummary(CustomerAccount account, List<SubscriptionRow> subscriptions, long subscriptionCount,
        List<CustomerUserRow> users, long userCount) implements Serializable {

    public static final int FIRST = 10;
}
