package org.partnerhub.audit;

/** Who did something, as the audit log names it, and whose log keeps it. */
public interface Actor {

    /** The name the log shows: a partner user's email, a customer user's user name. */
    String actorName();

    /** The partner whose log keeps what this actor does; null for an actor of no partner. */
    Long actorPartnerId();
}
