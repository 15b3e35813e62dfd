package org.partnerhub.subscription;

/** The designated support contact of a subscription. */
public enum SupportContact {
    /** The partner the subscription was bought through. */
    SELLER,
    /** The indirect reseller credited with it. */
    CREDITED_RESELLER
}
