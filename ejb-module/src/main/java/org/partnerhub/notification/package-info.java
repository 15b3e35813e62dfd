/**
 * What a partner's users should act on, brought to them: a notification per user, made in the
 * same transaction as the event that causes it (through the one injected
 * {@link org.partnerhub.notification.Notifications}), read, marked read and pruned after 90 days
 * here. It sits above identity (its recipients are partner users) and below every capability
 * that notifies.
 */
package org.partnerhub.notification;
