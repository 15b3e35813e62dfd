package org.partnerhub.referral;

/** Which of a partner's leads a list shows. */
public enum ReferralList {
    /** The leads the partner works: its own, and those referred to it. */
    WORKING,
    /** The leads a provider referred to its resellers, whose status it follows. */
    REFERRED
}
