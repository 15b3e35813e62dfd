package org.partnerhub.dashboard;

import java.util.Set;
import org.partnerhub.security.Roles;

/** Something that waits for a user to act on it, and the roles that can. */
public enum WaitingKind {
    /** Partnership requests the other side sent, pending and still answerable. */
    PARTNERSHIP_REQUESTS(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT),
    /** Transfer requests for subscriptions the partner holds, pending and not expired. */
    TRANSFERS(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT),
    /** Customer invitations the partner sent that expire within {@link DashboardQueries#INVITATIONS_EXPIRING_WITHIN}: resend them. */
    INVITATIONS_EXPIRING(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT),
    /** Admin relationships ending within 30 days without extending themselves: ask for new ones. */
    ADMIN_RELATIONSHIPS_ENDING(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT),
    /** Leads a provider referred to the partner, to accept or decline. */
    REFERRALS(Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT);

    private final Set<String> roles;

    WaitingKind(String... roles) {
        this.roles = Set.of(roles);
    }

    Set<String> roles() {
        return roles;
    }
}
