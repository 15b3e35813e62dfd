package org.partnerhub.partnership;

import org.partnerhub.partner.PartnerType;

/** Who asked for a partnership; the other side answers. */
public enum RequestingSide {
    PROVIDER(PartnerType.INDIRECT_PROVIDER),
    RESELLER(PartnerType.INDIRECT_RESELLER);

    private final PartnerType partnerType;

    RequestingSide(PartnerType partnerType) {
        this.partnerType = partnerType;
    }

    public PartnerType partnerType() {
        return partnerType;
    }
}
