package org.partnerhub.audit;

/**
 * What an audit event is about: the name the log shows (a customer's domain, a user's email, a
 * partner's name) and, when the recording service knows them, the customer it concerns, by id,
 * and the one thing of its action's {@linkplain AuditAction#subject() kind} (a subscription, a
 * referral), by id. The log is filtered by the customer and its rows open the customer or the
 * thing: names alone would not do, as a name may change or be shared, and ids say exactly.
 */
public record AuditTarget(String name, Long customerId, AuditAction.Subject subject, Long subjectId) {

    /** Something known by its name only (a user, an API client, another partner); null for nothing. */
    public static AuditTarget named(String name) {
        return new AuditTarget(name, null, AuditAction.Subject.NONE, null);
    }

    /** A customer, shown by its domain. */
    public static AuditTarget customer(long customerId, String domain) {
        return new AuditTarget(domain, customerId, AuditAction.Subject.NONE, null);
    }

    /** A referral (a lead: no customer yet), shown by its company's name. */
    public static AuditTarget referral(long referralId, String companyName) {
        return new AuditTarget(companyName, null, AuditAction.Subject.REFERRAL, referralId);
    }

    /** This customer's subscription, for the subscription's own actions. */
    public AuditTarget withSubscription(long subscriptionId) {
        return new AuditTarget(name, customerId, AuditAction.Subject.SUBSCRIPTION, subscriptionId);
    }

    /** The customer this concerns too: a customer's user by name, the customer a won referral became. */
    public AuditTarget withCustomer(long id) {
        return new AuditTarget(name, id, subject, subjectId);
    }
}
