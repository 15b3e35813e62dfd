package org.partnerhub.identity;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.Language;

/** The signed-in user and their partner, as the top bar and the menu need them. */
public record Me(String email, String displayName, Set<PartnerRole> roles, Language preferredLanguage,
        long partnerId, String partnerName, PartnerType partnerType) implements Serializable {

    public boolean has(PartnerRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(PartnerRole... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }
}
