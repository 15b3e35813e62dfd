package org.partnerhub.adminrelationship;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a partner does to a customer's users, and the admin roles that allow it. Global
 * administrator allows everything.
 */
public enum AdminTask {
    /** Add, delete, block or allow users, and import them. */
    MANAGE_USERS("adminRelationship.roleMissing.MANAGE_USERS", EnumSet.of(AdminRole.USER_ADMINISTRATOR)),
    /** Reset a user's password or set a new one. */
    RESET_PASSWORDS("adminRelationship.roleMissing.RESET_PASSWORDS",
            EnumSet.of(AdminRole.HELPDESK_ADMINISTRATOR, AdminRole.USER_ADMINISTRATOR)),
    /** Assign a subscription's licenses to users, or take them back. */
    ASSIGN_LICENSES("adminRelationship.roleMissing.ASSIGN_LICENSES",
            EnumSet.of(AdminRole.LICENSE_ADMINISTRATOR, AdminRole.USER_ADMINISTRATOR));

    private final String refusalKey;
    private final Set<AdminRole> allowedBy;

    AdminTask(String refusalKey, Set<AdminRole> allowedBy) {
        this.refusalKey = refusalKey;
        this.allowedBy = allowedBy;
    }

    /** The message that says which roles the task needs. */
    public String refusalKey() {
        return refusalKey;
    }

    public boolean isAllowedBy(Set<AdminRole> roles) {
        return roles.contains(AdminRole.GLOBAL_ADMINISTRATOR) || roles.stream().anyMatch(allowedBy::contains);
    }
}
