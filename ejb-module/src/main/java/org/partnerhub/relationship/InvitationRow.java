package org.partnerhub.relationship;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.partnerhub.shared.Language;

/**
 * One of the partner's invitations as its list shows it, with its status as of now; recipient
 * the address it was written to (null when not given), customer who accepted, forCustomer the former customer a re-establishing invitation is meant for.
 */
public record InvitationRow(long id, InvitationStatus status, Language language, Named jointProvider,
        String recipient, String createdBy, LocalDateTime createdAt, LocalDateTime expiresAt, Named customer, Named forCustomer)
        implements Serializable {

    /** A partner or customer an invitation names: its id and its name. */
    public record Named(long id, String name) implements Serializable {
    }

    static InvitationRow of(RelationshipInvitation invitation, LocalDateTime now) {
        return new InvitationRow(invitation.getId(), invitation.statusAt(now), invitation.getLanguage(),
                invitation.getProvider() == null ? null
                        : new Named(invitation.getProvider().getId(), invitation.getProvider().getName()),
                invitation.getRecipient(), invitation.getCreatedBy(), invitation.getCreatedAt(), invitation.getExpiresAt(),
                invitation.getCustomer() == null ? null
                        : new Named(invitation.getCustomer().getId(), invitation.getCustomer().getCompanyName()),
                invitation.getForCustomer() == null ? null
                        : new Named(invitation.getForCustomer().getId(), invitation.getForCustomer().getCompanyName()));
    }

    public String jointProviderName() {
        return jointProvider == null ? null : jointProvider.name();
    }

    public String customerName() {
        return customer == null ? null : customer.name();
    }

    public String forCustomerName() {
        return forCustomer == null ? null : forCustomer.name();
    }

    public boolean isOpen() {
        return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
    }
}
