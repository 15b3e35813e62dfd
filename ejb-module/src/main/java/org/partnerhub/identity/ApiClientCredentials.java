package org.partnerhub.identity;

import java.io.Serializable;
import org.partnerhub.shared.LinkToken;

/** A client id with its secret, shown once, when the client is registered or its secret rotated. */
public record ApiClientCredentials(long id, String name, String clientId, LinkToken secret) implements Serializable {
}
