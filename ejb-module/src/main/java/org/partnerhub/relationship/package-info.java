/**
 * Reseller relationships: the link that allows a partner to act for a customer. A partner sees
 * and changes only customers with which it has an active relationship; removing one keeps the
 * history and leaves delegated admin privileges exactly as they were.
 */
package org.partnerhub.relationship;
