package org.partnerhub.dashboard;

import java.io.Serializable;

/**
 * One of a provider's partnered indirect resellers: the customers both serve, and the licenses
 * of the provider's active subscriptions credited to it.
 */
public record ResellerFigures(long resellerId, String resellerName, String mpnId, long customers, long licenses)
        implements Serializable {
}
