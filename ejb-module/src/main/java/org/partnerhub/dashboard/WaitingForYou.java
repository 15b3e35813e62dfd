package org.partnerhub.dashboard;

import java.io.Serializable;
import java.util.List;
import org.partnerhub.adminrelationship.AdminRelationshipRow;

/**
 * What waits for the signed-in user, among what its role can act on: a count of each kind that
 * has any, in {@link WaitingKind}'s order, and the admin relationships that are ending, soonest
 * first (Home lists them).
 */
public record WaitingForYou(List<Waiting> items, List<AdminRelationshipRow> adminRelationshipsEnding)
        implements Serializable {

    public WaitingForYou {
        items = List.copyOf(items);
        adminRelationshipsEnding = List.copyOf(adminRelationshipsEnding);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
