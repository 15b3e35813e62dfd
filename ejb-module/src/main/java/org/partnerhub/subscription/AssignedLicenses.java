package org.partnerhub.subscription;

/**
 * How many of a subscription's licenses users hold. Users live above subscriptions (they are
 * assigned licenses of them), so the rule "never fewer licenses than are assigned" asks through
 * this interface, which the customer user capability implements.
 */
public interface AssignedLicenses {

    int of(long subscriptionId);
}
