/**
 * Who did what, when, for which partner. Services write an {@link org.partnerhub.audit.AuditEvent}
 * in the same transaction as the change it describes, so a rolled-back change leaves no event.
 */
package org.partnerhub.audit;
