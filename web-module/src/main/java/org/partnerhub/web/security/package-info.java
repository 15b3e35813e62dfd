/**
 * Sign-in with Jakarta Security: a form-based authentication mechanism that keeps the signed-in
 * caller in the HTTP session, and an identity store over the partner users.
 */
package org.partnerhub.web.security;
