package org.partnerhub.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a kept answer is stored: an answer may hold a new customer admin's temporary password or a
 * personal link, which the database must not give away. Both the row's key and the cipher key
 * (AES-GCM) are derived from the {@code MS-RequestId}, which only the caller holds: the row keeps
 * neither, so a copy of the database opens no answer, while a retry with the same id finds and
 * opens its own.
 */
final class SealedAnswers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SealedAnswers() {
    }

    /** What the row is found by: the request id, one-way. */
    static String lookup(String requestId) {
        return HexFormat.of().formatHex(derive(requestId, "lookup"));
    }

    static String seal(String body, String requestId) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, requestId, nonce);
            byte[] sealed = cipher.doFinal(body.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    static String open(String sealed, String requestId) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, requestId, nonce);
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a kept answer does not open with its own request id", e);
        }
    }

    private static Cipher cipher(int mode, String requestId, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(requestId, "answer"), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    /** 256 bits for one purpose, keyed by the request id. */
    private static byte[] derive(String requestId, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(requestId.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("partnerhub api answer " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
