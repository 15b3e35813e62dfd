/**
 * Who did what, when, for which partner. Every capability records through the one injected
 * {@link org.partnerhub.audit.AuditTrail}, in the same transaction as the change it describes,
 * so a rolled-back change leaves no event. Reading the log back is activity's.
 */
package org.partnerhub.audit;
