package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.partner.Partner;

/** What a reseller sees when it opens a provider's link, before it accepts or declines. */
public record PartnershipInvitation(long partnershipId, String providerName, String providerMpnId,
        String providerCountry, String providerContactEmail, String providerWebsite, String resellerName,
        String requestedBy, LocalDateTime requestedAt, LocalDateTime expiresAt) implements Serializable {

    /** As the reseller opening it sees it: a request by email names the reseller that would accept it. */
    static PartnershipInvitation of(Partnership partnership, Partner opening) {
        var provider = partnership.getProvider().profile();
        return new PartnershipInvitation(partnership.getId(), provider.name(), provider.mpnId(), provider.country(),
                provider.contactEmail(), provider.website(),
                partnership.getReseller() == null ? opening.getName() : partnership.getReseller().getName(),
                partnership.getRequestedBy(), partnership.getRequestedAt(), partnership.getLinkExpiresAt());
    }
}
