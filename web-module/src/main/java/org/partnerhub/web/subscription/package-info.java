/** Subscriptions from the browser: one subscription's page with its changes, and the offer catalog. */
package org.partnerhub.web.subscription;
