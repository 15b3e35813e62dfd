package org.partnerhub.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a personal link (a partnership request, a relationship invitation): 256 random bits, URL-safe. Only its SHA-256 is
 * stored (a fast hash is enough for a random secret of this size, unlike a password), so a
 * copy of the database opens no request. Its toString never reveals it.
 */
public final class LinkToken implements java.io.Serializable {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private final String value;

    private LinkToken(String value) {
        this.value = value;
    }

    public static LinkToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new LinkToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String value() {
        return value;
    }

    /** The hash stored for this token, and looked up for a token that comes back in a link. */
    public static String hashOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public String hash() {
        return hashOf(value);
    }

    @Override
    public String toString() {
        return "LinkToken[hidden]";
    }
}
