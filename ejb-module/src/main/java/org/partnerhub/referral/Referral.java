package org.partnerhub.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.Money;
import org.partnerhub.subscription.Offer;

/**
 * A lead for a new customer. Its owner recorded it; its assignee works it: the owner itself, or
 * the partnered reseller a provider referred it to, which must accept it first. Every change of
 * state checks the state it starts from ({@link ReferralStatus#next()}) and who makes it, so a
 * lead is won only once accepted and contacted, and answered only by the partner it was sent to.
 */
@Entity
@Table(name = "referral")
public class Referral {

    static final int REASON_LENGTH = 500;
    static final int NOTE_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "referral_seq", sequenceName = "referral_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "referral_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false, updatable = false)
    private Partner owner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id", nullable = false)
    private Partner assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReferralStatus status;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "contact_first_name", nullable = false, updatable = false)
    private String contactFirstName;

    @Column(name = "contact_last_name", nullable = false, updatable = false)
    private String contactLastName;

    @Column(name = "contact_email", nullable = false, updatable = false)
    private String contactEmail;

    @Column(name = "contact_phone", updatable = false)
    private String contactPhone;

    @Column(nullable = false, updatable = false)
    private String country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "offer_id", updatable = false)
    private Offer offer;

    @Column(updatable = false)
    private Integer licenses;

    @Column(name = "estimated_value", updatable = false)
    private BigDecimal estimatedValue;

    @Column(updatable = false)
    private String currency;

    @Column(updatable = false)
    private String source;

    /** The owner's note, which the assignee reads too. */
    @Column(updatable = false)
    private String note;

    /** The assignee's own notes: never shown to the provider that referred the lead. */
    @Column(name = "work_note")
    private String workNote;

    /** Why the reseller declined: the provider reads it. */
    @Column(name = "decline_reason")
    private String declineReason;

    /** Why the assignee lost it: its own, like its notes. */
    @Column(name = "lost_reason")
    private String lostReason;

    /** The customer the won lead became, once added. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    /** The invitation sent to the won lead's customer, whose acceptance makes it the lead's customer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    private RelationshipInvitation invitation;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    /** When it was recorded: never changes; lists are read a page at a time by it. */
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "referred_at")
    private LocalDateTime referredAt;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    protected Referral() {
        // for JPA
    }

    /** A lead the owner works itself: one it found, or one it received from elsewhere. */
    public Referral(Partner owner, NewReferral details, Offer offer, String byEmail, LocalDateTime now) {
        this.owner = owner;
        this.assignee = owner;
        this.status = ReferralStatus.NEW;
        this.companyName = details.getCompanyName().trim();
        this.contactFirstName = details.getContactFirstName().trim();
        this.contactLastName = details.getContactLastName().trim();
        this.contactEmail = details.getContactEmail().trim();
        this.contactPhone = blankToNull(details.getContactPhone());
        this.country = details.getCountry().trim().toUpperCase(Locale.ROOT);
        this.offer = offer;
        this.licenses = details.getLicenses();
        if (details.getLicenses() != null && offer == null) {
            // A count of licenses of nothing in particular says nothing a wizard could use.
            throw new BusinessException("referral.licenses.withoutOffer", "offerId");
        }
        this.estimatedValue = details.getEstimatedValue();
        this.currency = details.getEstimatedValue() == null ? null : knownCurrency(details.getCurrency());
        this.source = blankToNull(details.getSource());
        this.note = blankToNull(details.getNote());
        this.createdBy = Objects.requireNonNull(byEmail, "byEmail");
        this.createdAt = now;
        this.changedAt = now;
    }

    /** The owner, an indirect provider, sends the lead to one of its partnered resellers (checked by the caller). */
    public void referTo(Partner actor, Partner reseller, LocalDateTime now) {
        requireReferrer(actor);
        moveTo(ReferralStatus.PENDING, "referral.order.PENDING", now);
        handOver(reseller);
        this.referredAt = now;
        this.declineReason = null;
    }

    /**
     * Only the owner refers its lead, and only if it is an indirect provider. The caller checks
     * this before it looks for the reseller among its partners: a reseller that tries is told
     * why, not that the partner it named is not one of its resellers.
     */
    void requireReferrer(Partner actor) {
        requireOwner(actor);
        if (owner.getType() != PartnerType.INDIRECT_PROVIDER) {
            throw new BusinessException("referral.refer.onlyProviders", "referTo");
        }
    }

    /** The owner takes back a lead its reseller declined, to work it itself. */
    void keep(Partner actor, LocalDateTime now) {
        requireOwner(actor);
        moveTo(ReferralStatus.NEW, "referral.order.NEW", now);
        handOver(owner);
    }

    /**
     * The lead goes to another partner to work. The notes are the previous assignee's own: they
     * stay behind, so a reseller never reads the provider's, the provider never reads the
     * reseller that declined, and the next reseller never reads the last one's.
     */
    private void handOver(Partner next) {
        this.assignee = next;
        this.workNote = null;
    }

    public void accept(Partner actor, LocalDateTime now) {
        requireAssignee(actor);
        moveTo(ReferralStatus.ACCEPTED, "referral.order.ACCEPTED", now);
    }

    void decline(Partner actor, String reason, LocalDateTime now) {
        requireAssignee(actor);
        moveTo(ReferralStatus.DECLINED, "referral.order.DECLINED", now);
        this.declineReason = shortened(reason, REASON_LENGTH);
    }

    public void markContacted(Partner actor, LocalDateTime now) {
        requireAssignee(actor);
        moveTo(ReferralStatus.CONTACTED, "referral.order.CONTACTED", now);
    }

    void markWon(Partner actor, LocalDateTime now) {
        requireAssignee(actor);
        moveTo(ReferralStatus.WON, "referral.order.WON", now);
    }

    void markLost(Partner actor, String reason, LocalDateTime now) {
        requireAssignee(actor);
        moveTo(ReferralStatus.LOST, "referral.order.LOST", now);
        this.lostReason = shortened(reason, REASON_LENGTH);
    }

    void writeNote(Partner actor, String text, LocalDateTime now) {
        requireAssignee(actor);
        this.workNote = shortened(text, NOTE_LENGTH);
        this.changedAt = now;
    }

    /** The won lead's customer, added by the assignee: once. */
    void becomes(Partner actor, Customer customer, LocalDateTime now) {
        requireAssignee(actor);
        requireAwaitingCustomer();
        this.customer = customer;
        this.changedAt = now;
    }

    /** To the next state, if it follows this one; else the refusal that says which state it takes. */
    /** The customer that accepted the invitation sent for the won lead, if the lead still waits for one. */
    boolean becomesOnAcceptance(RelationshipInvitation accepted, Customer customer, LocalDateTime now) {
        if (invitation == null || !invitation.getId().equals(accepted.getId()) || status != ReferralStatus.WON
                || this.customer != null) {
            return false;
        }
        this.customer = customer;
        this.changedAt = now;
        return true;
    }

    /** The won lead's customer is invited instead of added; a later invitation replaces an earlier one. */
    void invitedWith(Partner actor, RelationshipInvitation sent, LocalDateTime now) {
        requireAssignee(actor);
        requireAwaitingCustomer();
        this.invitation = sent;
        this.changedAt = now;
    }

    private void requireAwaitingCustomer() {
        if (status != ReferralStatus.WON) {
            throw BusinessException.of("referral.customer.notWon");
        }
        if (this.customer != null) {
            throw BusinessException.of("referral.customer.already");
        }
    }

    private void moveTo(ReferralStatus next, String outOfOrder, LocalDateTime now) {
        if (!status.next().contains(next)) {
            throw BusinessException.of(outOfOrder);
        }
        this.status = next;
        this.changedAt = now;
    }

    /** Anyone else is told the lead does not exist, as for another partner's customer. */
    private void requireAssignee(Partner actor) {
        if (!isAssignee(actor)) {
            throw BusinessException.of("referral.notFound");
        }
    }

    private void requireOwner(Partner actor) {
        if (!isOwner(actor)) {
            throw BusinessException.of("referral.notFound");
        }
    }

    public boolean isAssignee(Partner partner) {
        return assignee.getId().equals(partner.getId());
    }

    public boolean isOwner(Partner partner) {
        return owner.getId().equals(partner.getId());
    }

    /** Sent by its owner to another partner (who may have declined it since). */
    public boolean isReferred() {
        return !owner.getId().equals(assignee.getId());
    }

    /** What the partner may see of it: all for the assignee, the status for the owner that referred it. */
    public boolean isVisibleTo(Partner partner) {
        return isAssignee(partner) || isOwner(partner);
    }

    private static String knownCurrency(String code) {
        try {
            return Currency.getInstance(code == null || code.isBlank() ? "USD" : code.trim()).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new BusinessException("referral.currency.unknown", "currency");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String shortened(String text, int length) {
        String kept = blankToNull(text);
        return kept == null || kept.length() <= length ? kept : kept.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Partner getOwner() {
        return owner;
    }

    public Partner getAssignee() {
        return assignee;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public String getCompanyName() {
        return companyName;
    }

    public String getContactFirstName() {
        return contactFirstName;
    }

    public String getContactLastName() {
        return contactLastName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getCountry() {
        return country;
    }

    public Offer getOffer() {
        return offer;
    }

    public Integer getLicenses() {
        return licenses;
    }

    /** The estimated value, or null when none was given. */
    public Money getEstimatedValue() {
        return estimatedValue == null ? null : new Money(estimatedValue, currency);
    }

    public String getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public String getWorkNote() {
        return workNote;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public String getLostReason() {
        return lostReason;
    }

    /** What its audit events are about: the lead, by its company's name, and the customer it became, once won. */
    public AuditTarget auditTarget() {
        AuditTarget lead = AuditTarget.referral(id, companyName);
        return customer == null ? lead : lead.withCustomer(customer.getId());
    }

    public Customer getCustomer() {
        return customer;
    }

    public RelationshipInvitation getInvitation() {
        return invitation;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getReferredAt() {
        return referredAt;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }
}
