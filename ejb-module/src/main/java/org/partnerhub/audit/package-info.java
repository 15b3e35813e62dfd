/**
 * Who did what, when, for which partner. Every capability records through the one injected
 * {@link org.partnerhub.audit.AuditTrail}, in the same transaction as the change it describes,
 * so a rolled-back change leaves no event; an event names what it is about
 * ({@link org.partnerhub.audit.AuditTarget}: by name, and by id the customer and the subscription
 * or referral). Events are kept for good unless a retention period is set
 * ({@link org.partnerhub.audit.AuditPruning}). Reading the log back is activity's.
 */
package org.partnerhub.audit;
