package org.partnerhub.signin;

/** What a sign-in attempt came to. A refusal never says which part was wrong. */
public sealed interface SignInOutcome {

    record SignedIn(SignedInCaller caller) implements SignInOutcome {
    }

    record Refused() implements SignInOutcome {
    }

    /** Too many failures: the account (or the client address) waits, whatever the password. */
    record Locked(long minutesToWait) implements SignInOutcome {
    }
}
