package org.partnerhub.signin;

import java.io.Serializable;
import java.util.Set;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.Language;

/**
 * Who signed in: the sign-in name, the groups the container checks ({@link Roles}), the version
 * of the credentials they were read at (compared on every request), and the preferred language
 * (null for a customer admin, who has none).
 */
public record SignedInCaller(String name, Set<String> groups, long credentialsVersion, Language preferredLanguage)
        implements Serializable {

    public SignedInCaller {
        groups = Set.copyOf(groups);
    }

    public boolean isCustomerAdmin() {
        return groups.contains(Roles.CUSTOMER_ADMIN);
    }
}
