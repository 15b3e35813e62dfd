package org.partnerhub.identity;

import java.io.Serializable;
import java.util.Set;

/** A partner user as the users list shows it. */
public record PartnerUserRow(long id, String email, String displayName, Set<PartnerRole> roles,
        boolean active) implements Serializable {

    static PartnerUserRow of(PartnerUser user) {
        return new PartnerUserRow(user.getId(), user.getEmail(), user.getDisplayName(), user.getRoles(),
                user.isActive());
    }
}
