package org.partnerhub.security;

/**
 * The role names as constants, for {@code @RolesAllowed}: the partner roles a user holds, and
 * the customer admin's.
 */
public final class Roles {
    public static final String GLOBAL_ADMIN = "GLOBAL_ADMIN";
    public static final String ADMIN_AGENT = "ADMIN_AGENT";
    public static final String SALES_AGENT = "SALES_AGENT";
    public static final String HELPDESK_AGENT = "HELPDESK_AGENT";
    /** Not a partner role: an admin of a customer, signed in to the customer area. */
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";

    private Roles() {
    }
}
