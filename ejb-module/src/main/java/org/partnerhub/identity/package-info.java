/**
 * The people of a partner: their sign-in, roles, passwords and language, and who the caller of
 * a service is. The signed-in user's partner is the tenant every service works within.
 */
package org.partnerhub.identity;
