/**
 * The front door: the Jakarta Security authentication mechanism (form sign-in through
 * {@code identity.SignInService}, the caller kept in the HTTP session and checked against its
 * credentials version on every request), the client address behind trusted proxies, and the
 * security headers of every response.
 */
package org.partnerhub.web.security;
