package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

/**
 * A provider's request link as it is made: the token is here once, for the email the provider
 * sends, and is never stored or shown again.
 */
public record PartnershipLink(long partnershipId, String resellerName, String resellerContactEmail,
        Language resellerLanguage, String providerName, LinkToken token, LocalDateTime expiresAt)
        implements Serializable {
}
