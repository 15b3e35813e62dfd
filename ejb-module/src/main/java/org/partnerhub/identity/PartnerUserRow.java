package org.partnerhub.identity;

import java.io.Serializable;
import java.util.Set;

/** A partner user as the users list shows it; locked: too many failed sign-ins, waiting. */
public record PartnerUserRow(long id, String email, String displayName, Set<PartnerRole> roles,
        boolean active, boolean locked) implements Serializable {

    static PartnerUserRow of(PartnerUser user, boolean locked) {
        return new PartnerUserRow(user.getId(), user.getEmail(), user.getDisplayName(), user.getRoles(),
                user.isActive(), locked);
    }
}
