/**
 * Granular admin relationships: a partner asks a customer for named admin roles for a limited
 * time, the customer's admin approves or declines, either side ends it, and it expires or
 * extends itself. What a partner may do for a customer's users follows the roles it holds
 * ({@link org.partnerhub.adminrelationship.AdminPrivileges}); the older yes/no delegated admin
 * privilege of a reseller relationship still counts as a legacy grant until the partner removes it.
 */
package org.partnerhub.adminrelationship;
