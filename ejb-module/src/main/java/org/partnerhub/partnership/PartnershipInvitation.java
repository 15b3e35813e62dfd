package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;

/** What a reseller sees when it opens a provider's link, before it accepts or declines. */
public record PartnershipInvitation(long partnershipId, String providerName, String providerMpnId,
        String providerCountry, String providerContactEmail, String providerWebsite, String resellerName,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime expiresAt) implements Serializable {

    static PartnershipInvitation of(Partnership partnership) {
        var provider = partnership.getProvider().profile();
        return new PartnershipInvitation(partnership.getId(), provider.name(), provider.mpnId(), provider.country(),
                provider.contactEmail(), provider.website(), partnership.getReseller().getName(),
                partnership.getRequestedBy(), partnership.getRequestedAt(), partnership.getLinkExpiresAt());
    }
}
