package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

/**
 * An invitation's link as it is made: the token is here once, for the email, and never again.
 * The recipient is the address the invitation was written to, null when none was given.
 */
public record InvitationLink(long invitationId, String partnerName, String jointProviderName, Language language,
        LinkToken token, LocalDateTime expiresAt, boolean reEstablishing, String recipient) implements Serializable {
}
