/**
 * Signing in, for partner users and customer admins alike: one check of a name and password,
 * throttled and audited, and the caller kept while its credentials stay as they were.
 */
package org.partnerhub.signin;
