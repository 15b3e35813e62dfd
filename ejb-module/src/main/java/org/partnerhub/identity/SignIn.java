package org.partnerhub.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.customeruser.CustomerUser;

/**
 * Checks a partner user's credentials for the identity store and records the sign-in. Anyone
 * may call it: it is what turns an anonymous caller into a signed-in one.
 */
@Stateless
@PermitAll
public class SignIn {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    /** The caller when email and password match an active user; empty otherwise, whatever was wrong. */
    public Optional<SignedInCaller> verify(String email, char[] password) {
        if (email == null || email.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<PartnerUser> user = em.createQuery(
                        "select u from PartnerUser u where u.email = :email and u.active = true", PartnerUser.class)
                .setParameter("email", PartnerUser.normalizedEmail(email))
                .getResultStream()
                .findFirst();
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        PartnerUser found = user.get();
        if (!found.hasPassword(hashing, password)) {
            return Optional.empty();
        }
        em.persist(new AuditEvent(found.getEmail(), found.getPartner().getId(), AuditAction.SIGNED_IN,
                found.getEmail(), null));
        return Optional.of(new SignedInCaller(found.getEmail(), found.getRoles(), found.getPreferredLanguage()));
    }

    /**
     * The user name when it and the password match an administrator of a customer, who signs in
     * to the customer area; empty otherwise, whatever was wrong.
     */
    public Optional<String> verifyCustomerAdmin(String userName, char[] password) {
        if (userName == null || userName.isBlank() || password == null || password.length == 0) {
            return Optional.empty();
        }
        Optional<CustomerUser> user = em.createQuery(
                        "select u from CustomerUser u join fetch u.customer where u.userName = :name", CustomerUser.class)
                .setParameter("name", userName.trim().toLowerCase())
                .getResultStream()
                .findFirst();
        if (user.isEmpty()) {
            hashing.verifyDecoy(password);
            return Optional.empty();
        }
        if (!user.get().isAdministratorWith(password, hashing)) {
            return Optional.empty();
        }
        em.persist(new AuditEvent(user.get().getUserName(), null, AuditAction.SIGNED_IN,
                user.get().getCustomer().domain(), "customer area"));
        return Optional.of(user.get().getUserName());
    }
}
