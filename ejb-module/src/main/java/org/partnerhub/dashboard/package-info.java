/**
 * The dashboard on Home: how a partner's business stands (customers, subscriptions, licenses,
 * partnered resellers, with their trends), counted by the database in grouped queries, and
 * what waits for the signed-in user to act on. Reads customers, subscriptions, partnerships,
 * transfers, invitations, admin relationships and referrals, so it sits above them all; it
 * writes nothing.
 */
package org.partnerhub.dashboard;
