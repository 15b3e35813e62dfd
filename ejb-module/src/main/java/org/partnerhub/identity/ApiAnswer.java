package org.partnerhub.identity;

import java.io.Serializable;

/** What the API answered a request: its status and its JSON body. */
public record ApiAnswer(int status, String body) implements Serializable {
}
