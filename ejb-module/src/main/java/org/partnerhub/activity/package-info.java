/**
 * What happened in the signed-in partner's workspace, read back: its audit log. The events
 * themselves are written by every capability through audit.AuditTrail.
 */
package org.partnerhub.activity;
