package org.partnerhub.subscription;

import jakarta.validation.constraints.Min;
import java.io.Serializable;

/** One line of an order: an offer and how many licenses of it. The offer's own limits apply too. */
public record OrderLine(long offerId, @Min(value = 1, message = "{partnerhub.licenses.min}") int licenses)
        implements Serializable {
}
