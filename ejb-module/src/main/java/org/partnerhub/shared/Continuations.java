package org.partnerhub.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Continuation tokens: where the next page of a list starts (the sort key and id of the last row,
 * what the list was filtered by, whose list it is), opaque to the caller and signed with a key
 * every server shares, so that a token changed by hand is refused rather than followed.
 */
@ApplicationScoped
public class Continuations {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Unit separator: cannot be typed into any field the parts come from. */
    private static final String SEPARATOR = "\u001f";

    @Inject
    ServerSecrets secrets;

    /** A token holding these parts. */
    public String of(List<String> parts) {
        byte[] payload = String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature(payload));
    }

    /** The parts of a token made here, in order; any other text is refused as {@code continuation.invalid}. */
    public List<String> read(String token, int parts) {
        try {
            int dot = token == null ? -1 : token.indexOf('.');
            if (dot <= 0 || token.length() > 2000) {
                throw invalid();
            }
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, signature(payload))) {
                throw invalid();
            }
            List<String> read = Arrays.asList(new String(payload, StandardCharsets.UTF_8).split(SEPARATOR, -1));
            if (read.size() != parts) {
                throw invalid();
            }
            return read;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private byte[] signature(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.of(ServerSecrets.CONTINUATION), "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static BusinessException invalid() {
        return new BusinessException("continuation.invalid", "MS-ContinuationToken");
    }
}
