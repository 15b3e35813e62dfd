package org.partnerhub.web.partnership;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.channel.PartnerRow;

/**
 * An indirect reseller's choice of the partnered provider that buys for it (an order, a new
 * customer's first order, a transfer), for WEB-INF/templates/provider-choice.xhtml: whether the
 * caller must choose at all, among which providers, and the one chosen (the only one, at first).
 */
public final class ProviderChoice implements Serializable {

    private final boolean needed;
    private final List<PartnerChoice> providers;
    private Long provider;

    private ProviderChoice(boolean needed, List<PartnerChoice> providers) {
        this.needed = needed;
        this.providers = providers;
        this.provider = providers.size() == 1 ? providers.get(0).partnerId() : null;
    }

    /** For a caller that buys itself: nothing to choose. */
    public static ProviderChoice notNeeded() {
        return new ProviderChoice(false, List.of());
    }

    /** For an indirect reseller, among these providers (none: it cannot buy here, and is told why). */
    public static ProviderChoice among(List<PartnerChoice> providers) {
        return new ProviderChoice(true, List.copyOf(providers));
    }

    /** The same, from partnership rows. */
    public static ProviderChoice amongRows(List<PartnerRow> providers) {
        return among(providers.stream().map(row -> new PartnerChoice(row.partnerId(), row.name(), row.mpnId())).toList());
    }

    /** Whether the caller must name a provider: then the form shows the menu. */
    public boolean isNeeded() {
        return needed;
    }

    /** Whether the caller must name one and has none to name: then the form cannot be sent. */
    public boolean isImpossible() {
        return needed && providers.isEmpty();
    }

    public List<PartnerChoice> getProviders() {
        return providers;
    }

    /** The chosen one, for the review. */
    public PartnerChoice getChosen() {
        return providers.stream().filter(row -> provider != null && row.partnerId() == provider).findFirst().orElse(null);
    }

    public Long getProvider() {
        return provider;
    }

    public void setProvider(Long provider) {
        this.provider = provider;
    }
}
