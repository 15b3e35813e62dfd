package org.partnerhub.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes with the platform's PBKDF2 implementation, set to OWASP's current work factor
 * for PBKDF2-HMAC-SHA512. Plain passwords are never stored or logged.
 */
@ApplicationScoped
public class PasswordHashing {

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody has, so unknown users cost as much time as known ones. */
    private String decoy;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = pbkdf2.generate(TemporaryPassword.generate().value().toCharArray());
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String hash) {
        return pbkdf2.verify(password, hash);
    }

    /** Spends the same time as a real check and always fails. */
    public boolean verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}
