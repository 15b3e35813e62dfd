package org.partnerhub.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Password hashes with the platform's PBKDF2 implementation, set to OWASP's current work factor
 * for PBKDF2-HMAC-SHA512; passwords generated for imported users get a fast salted hash
 * ({@link #hashGenerated}). Plain passwords are never stored or logged.
 */
@ApplicationScoped
public class PasswordHashing {

    private static final String FAST = "sha256$";
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /**
     * A hash for a password Partner Hub generated itself, for imports of thousands of users:
     * 16 characters drawn by {@code SecureRandom} (more than 85 bits) cannot be guessed
     * from a fast salted SHA-256 either; a slow hash protects the passwords people choose, and
     * 10,000 of them at 210,000 iterations would take many minutes.
     */
    public String hashGenerated(TemporaryPassword password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return FAST + HEX.formatHex(salt) + "$" + HEX.formatHex(sha256(salt, password.value().toCharArray()));
    }

    public boolean verify(char[] password, String hash) {
        if (hash.startsWith(FAST)) {
            String[] parts = hash.substring(FAST.length()).split("\\$");
            return parts.length == 2
                    && MessageDigest.isEqual(HEX.parseHex(parts[1]), sha256(HEX.parseHex(parts[0]), password));
        }
        return pbkdf2.verify(password, hash);
    }

    private static byte[] sha256(byte[] salt, char[] password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(new String(password).getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Spends the same time as a real check and always fails. */
    public boolean verifyDecoy(char[] password) {
        pbkdf2.verify(password, decoy);
        return false;
    }
}
