/**
 * Email Partner Hub sends itself when an SMTP server is configured ({@code PARTNERHUB_SMTP_*}):
 * a message is queued in the caller's transaction ({@link org.partnerhub.mail.Outbox}), so it
 * exists exactly when the change it belongs to does, and sent after the commit by a timer on any
 * server ({@link org.partnerhub.mail.MailSender}), retried while the mail server is down, its
 * outcome recorded on the message. Without the settings nothing is queued or sent.
 */
package org.partnerhub.mail;
