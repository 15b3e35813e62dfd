package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.Language;

/**
 * What the acceptance page shows a customer before it answers: who invites, and until when;
 * forFormerCustomer when only an existing customer (the one the partner served before) may accept.
 */
public record InvitationView(String partnerName, String partnerMpnId, String jointProviderName,
        String jointProviderMpnId, Language language, LocalDateTime expiresAt, boolean forFormerCustomer) implements Serializable {

    public boolean isJoint() {
        return jointProviderName != null;
    }
}
