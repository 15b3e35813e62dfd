/**
 * The security basics below every capability: role names, password hashing, temporary
 * passwords, and the throttle that counts failed sign-ins and wrong invitation answers.
 */
package org.partnerhub.security;
