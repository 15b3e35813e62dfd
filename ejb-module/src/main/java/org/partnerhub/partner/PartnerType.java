package org.partnerhub.partner;

/** The partner's place in the two-tier channel. */
public enum PartnerType {
    DIRECT_RESELLER,
    INDIRECT_PROVIDER,
    INDIRECT_RESELLER
}
