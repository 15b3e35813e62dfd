package org.partnerhub.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.partnerhub.identity.SignIn;

/** Validates sign-in email and password against the partner users; groups are the user's roles. */
@ApplicationScoped
public class PartnerUserIdentityStore implements IdentityStore {

    @EJB
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return signIn.verify(credential.getCaller(), credential.getPassword().getValue())
                .map(caller -> new CredentialValidationResult(caller.email(),
                        caller.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
