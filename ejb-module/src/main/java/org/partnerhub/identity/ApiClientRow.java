package org.partnerhub.identity;

import java.io.Serializable;
import java.time.LocalDateTime;

/** An API client as the list shows it: never its secret. */
public record ApiClientRow(long id, String name, PartnerRole role, String clientId, boolean active,
        LocalDateTime createdAt, String createdBy) implements Serializable {
}
