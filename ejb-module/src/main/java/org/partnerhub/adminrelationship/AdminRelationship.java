package org.partnerhub.adminrelationship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/**
 * A partner's granular admin access to one customer: named admin roles for a limited time.
 * Requested by the partner with a personal approval link, approved or declined by the
 * customer's admin, ended by either side, expired by the clock; with auto-extension it runs
 * another {@link #EXTENSION} each time its end is reached (never with Global administrator).
 */
@Entity
@Table(name = "admin_relationship")
public class AdminRelationship {

    public static final int MAX_NAME = 50;
    public static final int MIN_DAYS = 1;
    /** Two years, as long as such a relationship may last. */
    public static final int MAX_DAYS = 730;
    public static final Duration EXTENSION = Duration.ofDays(180);
    public static final Duration EXPIRING_WITHIN = Duration.ofDays(30);

    /** Who ended it. */
    public enum Side {
        PARTNER, CUSTOMER
    }

    @Id
    @SequenceGenerator(name = "admin_relationship_seq", sequenceName = "admin_relationship_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "admin_relationship_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @Column(nullable = false, updatable = false, length = MAX_NAME)
    private String name;

    /** The roles' names, comma-separated. */
    @Column(nullable = false, updatable = false)
    private String roles;

    @Column(name = "duration_days", nullable = false, updatable = false)
    private int durationDays;

    @Column(name = "auto_extend", nullable = false, updatable = false)
    private boolean autoExtend;

    @Column(name = "link_hash", nullable = false, updatable = false)
    private String linkHash;

    @Column(name = "link_expires_at", nullable = false, updatable = false)
    private LocalDateTime linkExpiresAt;

    /** PENDING_APPROVAL, ACTIVE, DECLINED or TERMINATED: the rest follows from the dates. */
    @Column(nullable = false)
    private String status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private LocalDateTime requestedAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

    @Column(name = "ends_at")
    private LocalDateTime endsAt;

    @Column(name = "terminated_by")
    private String terminatedBy;

    @Column(name = "terminated_side")
    private String terminatedSide;

    /** When the partner was told that the relationship ends within 30 days; once per relationship. */
    @Column(name = "expiry_noticed_at")
    private LocalDateTime expiryNoticedAt;

    @Column(name = "terminated_at")
    private LocalDateTime terminatedAt;

    protected AdminRelationship() {
        // for JPA
    }

    /**
     * A request, refused next to the field it is about when it asks for no role, a duration
     * outside 1 day to 2 years, or auto-extension with Global administrator.
     */
    public AdminRelationship(Partner partner, Customer customer, String name, Set<AdminRole> roles, Integer durationDays,
            boolean autoExtend, String byEmail, LocalDateTime now, LinkToken link, Duration linkValidFor) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new BusinessException("adminRelationship.name.invalid", "name", MAX_NAME);
        }
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("adminRelationship.roles.none", "roles");
        }
        if (durationDays == null || durationDays < MIN_DAYS || durationDays > MAX_DAYS) {
            throw new BusinessException("adminRelationship.duration.outOfRange", "duration", MIN_DAYS, MAX_DAYS);
        }
        if (autoExtend && roles.contains(AdminRole.GLOBAL_ADMINISTRATOR)) {
            throw new BusinessException("adminRelationship.autoExtend.globalAdmin", "autoExtend");
        }
        this.partner = Objects.requireNonNull(partner, "partner");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.name = trimmed;
        this.roles = EnumSet.copyOf(roles).stream().map(Enum::name).collect(Collectors.joining(","));
        this.durationDays = durationDays;
        this.autoExtend = autoExtend;
        this.linkHash = link.hash();
        this.linkExpiresAt = now.plus(linkValidFor);
        this.status = AdminRelationshipStatus.PENDING_APPROVAL.name();
        this.requestedBy = Objects.requireNonNull(byEmail, "byEmail");
        this.requestedAt = now;
    }

    /** Where it stands now, expiry and auto-extension included (without changing anything). */
    public AdminRelationshipStatus statusAt(LocalDateTime now) {
        AdminRelationshipStatus stored = AdminRelationshipStatus.valueOf(status);
        if (stored == AdminRelationshipStatus.PENDING_APPROVAL) {
            return now.isBefore(linkExpiresAt) ? stored : AdminRelationshipStatus.EXPIRED;
        }
        if (stored != AdminRelationshipStatus.ACTIVE) {
            return stored;
        }
        LocalDateTime end = endsAtAsOf(now);
        if (!now.isBefore(end)) {
            return AdminRelationshipStatus.EXPIRED;
        }
        return !autoExtend && !now.plus(EXPIRING_WITHIN).isBefore(end) ? AdminRelationshipStatus.EXPIRING
                : AdminRelationshipStatus.ACTIVE;
    }

    /** When it ends, as of now: an auto-extending one has moved its end past now. Null before approval. */
    public LocalDateTime endsAtAsOf(LocalDateTime now) {
        if (endsAt == null || !autoExtend) {
            return endsAt;
        }
        LocalDateTime end = endsAt;
        while (!now.isBefore(end)) {
            end = end.plus(EXTENSION);
        }
        return end;
    }

    /** Writes down the extensions reached by now, so that the stored end is the real one. */
    public void applyExtensions(LocalDateTime now) {
        if (AdminRelationshipStatus.valueOf(status) == AdminRelationshipStatus.ACTIVE && autoExtend) {
            endsAt = endsAtAsOf(now);
        }
    }

    /** Whether it allows the task now. */
    public boolean allows(AdminTask task, LocalDateTime now) {
        return statusAt(now).grants() && task.isAllowedBy(getRoles());
    }

    /** The customer's admin approves: it runs for its duration from now. */
    public void approve(String byUserName, LocalDateTime now) {
        checkAnswerable(now);
        status = AdminRelationshipStatus.ACTIVE.name();
        answeredBy = Objects.requireNonNull(byUserName, "byUserName");
        answeredAt = now;
        endsAt = now.plusDays(durationDays);
    }

    public void decline(String byUserName, LocalDateTime now) {
        checkAnswerable(now);
        status = AdminRelationshipStatus.DECLINED.name();
        answeredBy = Objects.requireNonNull(byUserName, "byUserName");
        answeredAt = now;
    }

    /** Either side ends an active one (or, the partner, a request still waiting). */
    public void terminate(String by, Side side, LocalDateTime now) {
        AdminRelationshipStatus current = statusAt(now);
        boolean withdrawable = side == Side.PARTNER && current == AdminRelationshipStatus.PENDING_APPROVAL;
        if (!current.grants() && !withdrawable) {
            throw BusinessException.of("adminRelationship.notActive");
        }
        applyExtensions(now);
        status = AdminRelationshipStatus.TERMINATED.name();
        terminatedBy = Objects.requireNonNull(by, "by");
        terminatedSide = side.name();
        terminatedAt = now;
    }

    private void checkAnswerable(LocalDateTime now) {
        switch (statusAt(now)) {
            case PENDING_APPROVAL -> { }
            case EXPIRED -> throw BusinessException.of("adminRelationship.link.expired");
            case TERMINATED -> throw BusinessException.of("adminRelationship.link.terminated");
            default -> throw BusinessException.of("adminRelationship.link.answered");
        }
    }

    /**
     * Whether the partner should be told now that the relationship ends soon: active, ending
     * within {@link #EXPIRING_WITHIN}, not extending itself, and not told yet. Marks it told.
     */
    public boolean noticeExpiry(LocalDateTime now) {
        if (expiryNoticedAt != null || statusAt(now) != AdminRelationshipStatus.EXPIRING) {
            return false;
        }
        expiryNoticedAt = now;
        return true;
    }

    /** The customer's Admin relationships tab, where the partner acts on the relationship. */
    public String accountTab() {
        return "/customer/account.xhtml?customer=" + customer.getId() + "&tab=3";
    }

    public Set<AdminRole> getRoles() {
        return Arrays.stream(roles.split(",")).map(AdminRole::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AdminRole.class)));
    }

    public Long getId() {
        return id;
    }

    public Partner getPartner() {
        return partner;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public int getDurationDays() {
        return durationDays;
    }

    public boolean isAutoExtend() {
        return autoExtend;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
    }

    public String getTerminatedBy() {
        return terminatedBy;
    }

    /** Who ended it, or null. */
    public Side getTerminatedSide() {
        return terminatedSide == null ? null : Side.valueOf(terminatedSide);
    }

    public LocalDateTime getTerminatedAt() {
        return terminatedAt;
    }
}
