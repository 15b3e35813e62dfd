package org.partnerhub.identity;

/** What a partner user may do. The names are the security roles checked by {@code @RolesAllowed}. */
public enum PartnerRole {
    GLOBAL_ADMIN,
    ADMIN_AGENT,
    SALES_AGENT,
    HELPDESK_AGENT
}
