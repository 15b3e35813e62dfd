package org.partnerhub.customer;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One line of the customer list. */
public record CustomerRow(long id, String companyName, String domain, String country,
        LocalDateTime createdAt) implements Serializable {
}
