/**
 * Partner organisations (direct resellers, indirect providers, indirect resellers) and their
 * business profile: the tenant every other capability belongs to.
 */
package org.partnerhub.partner;
