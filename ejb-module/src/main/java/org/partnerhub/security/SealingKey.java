package org.partnerhub.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.partnerhub.shared.InvalidSettingException;
import org.partnerhub.shared.Settings;

/**
 * Seals bytes the database keeps for a while but must not give away (AES-GCM, with the key of
 * {@link Settings#SEALING_KEY}, which is never in the database): a copy of the database opens
 * nothing. What a sealed value belongs to (say, the import's id) is bound to it, so a value moved
 * to another row does not open there either.
 */
@ApplicationScoped
public class SealingKey {

    private static final Logger LOG = Logger.getLogger(SealingKey.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key = key();

    public String seal(byte[] plain, String belongsTo) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, belongsTo).doFinal(plain);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    /** The bytes, or nothing if they were sealed with another key (another server's, or before a restart). */
    public Optional<byte[]> open(String sealed, String belongsTo) {
        byte[] bytes = Base64.getDecoder().decode(sealed);
        try {
            return Optional.of(cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, NONCE_BYTES), belongsTo)
                    .doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES));
        } catch (AEADBadTagException otherKey) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has AES-GCM", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String belongsTo) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(belongsTo.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKeySpec key() {
        Optional<String> configured = Settings.SEALING_KEY.value();
        if (configured.isEmpty()) {
            LOG.info("No " + Settings.SEALING_KEY.environmentVariable() + ": sealed with a key of this server's own,"
                    + " which only it can use and which a restart forgets (README, 'Configuration')");
            byte[] own = new byte[KEY_BYTES];
            RANDOM.nextBytes(own);
            return new SecretKeySpec(own, "AES");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.get());
        } catch (IllegalArgumentException notBase64) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            throw new InvalidSettingException("must be 32 random bytes in Base64 (openssl rand -base64 32)",
                    Settings.SEALING_KEY).reported();
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
