package org.partnerhub.customeruser;

import java.io.Serializable;

/** A customer user as lists show it: never with a password or its hash. */
public record CustomerUserRow(long id, String userName, String displayName, boolean administrator)
        implements Serializable {
}
