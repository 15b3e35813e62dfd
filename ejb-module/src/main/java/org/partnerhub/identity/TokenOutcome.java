package org.partnerhub.identity;

import org.partnerhub.shared.LinkToken;

/** What asking for an API token came to. A refusal never says whether the id or the secret was wrong. */
public sealed interface TokenOutcome {

    record Issued(LinkToken token, long expiresInSeconds) implements TokenOutcome {
    }

    record Refused() implements TokenOutcome {
    }

    /** Too many wrong secrets: the client id (or the address) waits. */
    record Locked(long minutesToWait) implements TokenOutcome {
    }
}
