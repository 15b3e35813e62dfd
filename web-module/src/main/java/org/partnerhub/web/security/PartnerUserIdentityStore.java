package org.partnerhub.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.customer.Customer;
import org.partnerhub.identity.Roles;
import org.partnerhub.identity.SignIn;

/**
 * Validates sign-in name and password against the partner users (groups: the user's roles) and
 * then against customer admins, whose user names end in the customers' domain (group:
 * CUSTOMER_ADMIN, for the customer area only).
 */
@ApplicationScoped
public class PartnerUserIdentityStore implements IdentityStore {

    @EJB
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String name = credential.getCaller();
        char[] password = credential.getPassword().getValue();
        if (name != null && name.trim().toLowerCase().endsWith(Customer.DOMAIN_SUFFIX)) {
            return signIn.verifyCustomerAdmin(name, password)
                    .map(userName -> new CredentialValidationResult(userName, Set.of(Roles.CUSTOMER_ADMIN)))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        return signIn.verify(name, password)
                .map(caller -> new CredentialValidationResult(caller.email(),
                        caller.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
