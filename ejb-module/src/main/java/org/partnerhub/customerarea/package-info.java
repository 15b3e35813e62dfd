/**
 * The customer area: what a signed-in customer admin sees and does: its partners and the
 * invitations waiting for it, and the services it buys itself through a partner that lets it.
 */
package org.partnerhub.customerarea;
