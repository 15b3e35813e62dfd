/**
 * Partner organisations (direct resellers, indirect providers, indirect resellers) and their
 * business profile: the tenant every other capability belongs to. Records only: changing the
 * profile is identity's, which knows who is asking.
 */
package org.partnerhub.partner;
