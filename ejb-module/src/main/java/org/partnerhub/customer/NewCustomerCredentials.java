package org.partnerhub.customer;

import java.io.Serializable;
import org.partnerhub.security.TemporaryPassword;

/**
 * What the confirmation page shows once: the new customer and its admin user's sign-in. The
 * password exists only here, in memory; the database holds its hash.
 */
public record NewCustomerCredentials(long customerId, String companyName, String adminUserName,
        TemporaryPassword temporaryPassword) implements Serializable {
}
