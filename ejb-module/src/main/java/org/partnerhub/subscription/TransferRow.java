package org.partnerhub.subscription;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.partnerhub.shared.TranslatedText;

/**
 * A transfer request as the partners' list shows it: incoming when the caller is the partner of
 * record asked to approve, outgoing when the caller asked. The status is as of now. An indirect
 * reseller's request names the provider that will be partner of record ({@code viaProviderName},
 * else null). Its subscriptions' offers are named in every language ({@link #subscriptions(Locale)}).
 */
public record TransferRow(long id, boolean incoming, long customerId, String customerName, String otherPartnerName,
        List<Item> items, List<Long> subscriptionIds, TransferStatus status, String requestedBy,
        LocalDateTime requestedAt, LocalDateTime expiresAt, String decidedBy, String decisionReason,
        String viaProviderName)
        implements Serializable {

    /** One subscription the request moves: its offer's name in every language, and its licenses. */
    public record Item(TranslatedText offer, int licenses) implements Serializable {
    }

    /** The subscriptions it moves in this language, "offer (licenses)", by name. */
    public String subscriptions(Locale locale) {
        return items.stream().map(item -> item.offer().in(locale) + " (" + item.licenses() + ")").sorted()
                .collect(Collectors.joining(", "));
    }

    public boolean isOpen() {
        return status == TransferStatus.PENDING;
    }
}
