package org.partnerhub.adminrelationship;

/** The admin roles a partner may ask a customer for, from the least to the most powerful. */
public enum AdminRole {
    DIRECTORY_READERS,
    USER_ADMINISTRATOR,
    LICENSE_ADMINISTRATOR,
    HELPDESK_ADMINISTRATOR,
    BILLING_ADMINISTRATOR,
    GLOBAL_ADMINISTRATOR
}
