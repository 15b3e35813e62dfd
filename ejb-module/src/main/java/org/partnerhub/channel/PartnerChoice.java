package org.partnerhub.channel;

import java.io.Serializable;

/** A partnered partner as a menu offers it: no more than what tells it from the others. */
public record PartnerChoice(long partnerId, String name, String mpnId) implements Serializable {
}
