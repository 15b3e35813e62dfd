package org.partnerhub.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
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

    /**
     * Where a page of one list starts: the parts after the first, which names whose list it is
     * (a partner, a partner's customer); a continuation made for another list is refused.
     */
    public List<String> resume(String token, String list, int parts) {
        List<String> read = read(token, parts + 1);
        if (!read.get(0).equals(list)) {
            throw invalid();
        }
        return read.subList(1, read.size());
    }

    /**
     * The page out of the rows a query found when asked for {@code size + 1}: the first
     * {@code size} and, when there was one more, a continuation of this list from the last of
     * them (its sort key and id, and what the list is filtered by, as {@code after} gives them).
     */
    public <T> KeysetPage<T> page(List<T> found, int size, String list, Function<T, List<String>> after) {
        if (found.size() <= size) {
            return new KeysetPage<>(List.copyOf(found), null);
        }
        List<T> items = List.copyOf(found.subList(0, size));
        List<String> parts = new ArrayList<>();
        parts.add(list);
        parts.addAll(after.apply(items.get(size - 1)));
        return new KeysetPage<>(items, of(parts));
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
