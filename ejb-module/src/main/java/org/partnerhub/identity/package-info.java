/**
 * The people of a partner and its profile: users, their roles and language, who the caller of
 * a service is, and the business profile a Global admin keeps. The signed-in user's partner is
 * the tenant every service works within.
 */
package org.partnerhub.identity;
