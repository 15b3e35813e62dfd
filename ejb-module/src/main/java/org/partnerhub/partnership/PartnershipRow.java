package org.partnerhub.partnership;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.partner.Partner;

/**
 * One partnership as one of its two sides sees it: the two partners, where it stands, who asked
 * and when, and whether the caller is the side that answers ({@code incoming}).
 */
public record PartnershipRow(long id, Side provider, Side reseller, PartnershipStatus status,
        RequestingSide requestedBySide, boolean incoming, String requestedBy, LocalDateTime requestedAt,
        LocalDateTime linkExpiresAt, LocalDateTime acceptedAt, LocalDateTime endedAt, String endReason)
        implements Serializable {

    /** A partner of the pair, as the other side may see it. */
    public record Side(long partnerId, String name, String mpnId) implements Serializable {

        static Side of(Partner partner) {
            return new Side(partner.getId(), partner.getName(), partner.getMpnId());
        }

        /** A request by email nobody answered yet: the address stands for the reseller. */
        static Side invited(Partnership partnership) {
            return new Side(0, partnership.getInvitedEmail(), "");
        }
    }

    static PartnershipRow of(Partnership partnership, Partner me) {
        return new PartnershipRow(partnership.getId(), Side.of(partnership.getProvider()),
                partnership.getReseller() == null ? Side.invited(partnership) : Side.of(partnership.getReseller()),
                partnership.getStatus(), partnership.getRequestedBySide(),
                !partnership.isRequestedBy(me), partnership.getRequestedBy(), partnership.getRequestedAt(),
                partnership.getLinkExpiresAt(), partnership.getAcceptedAt(), partnership.getEndedAt(),
                partnership.getEndReason());
    }
}
