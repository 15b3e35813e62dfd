package org.partnerhub.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.partner.Partner;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;

/**
 * A person who signs in for a partner. It keeps the rule that a partner never loses its last
 * active Global admin: the caller tells how many other active Global admins the partner has.
 */
@Entity
@Table(name = "partner_user")
public class PartnerUser implements Caller {

    @Id
    @SequenceGenerator(name = "partner_user_seq", sequenceName = "partner_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_user_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean active;

    /** Changes with the roles and the active flag, so live sessions notice at their next request. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false)
    private Language preferredLanguage;

    /** Whether the user also gets its notifications by email (when Partner Hub sends email). */
    @Column(name = "notify_by_email", nullable = false)
    private boolean notifyByEmail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "partner_user_role", joinColumns = @JoinColumn(name = "partner_user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);

    protected PartnerUser() {
        // for JPA
    }

    public PartnerUser(Partner partner, String email, String displayName, Set<PartnerRole> roles,
            Language preferredLanguage, String passwordHash) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.email = normalizedEmail(email);
        this.displayName = displayName.trim();
        this.roles = requireSomeRole(roles);
        this.preferredLanguage = preferredLanguage == null ? Language.EN : preferredLanguage;
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.active = true;
        this.createdAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Sign-in emails are compared without regard to case. */
    public static String normalizedEmail(String email) {
        return email == null ? null : email.trim().toLowerCase();
    }

    public boolean isActiveGlobalAdmin() {
        return active && roles.contains(PartnerRole.GLOBAL_ADMIN);
    }

    public void changeRoles(Set<PartnerRole> newRoles, long otherActiveGlobalAdmins) {
        Set<PartnerRole> checked = requireSomeRole(newRoles);
        if (isActiveGlobalAdmin() && !checked.contains(PartnerRole.GLOBAL_ADMIN)
                && otherActiveGlobalAdmins == 0) {
            throw new BusinessException("user.lastGlobalAdmin", "roles");
        }
        if (!checked.equals(roles)) {
            this.roles = checked;
            credentialsVersion++;
        }
    }

    public void deactivate(long otherActiveGlobalAdmins) {
        if (isActiveGlobalAdmin() && otherActiveGlobalAdmins == 0) {
            throw BusinessException.of("user.lastGlobalAdmin");
        }
        this.active = false;
        credentialsVersion++;
    }

    public void notifyByEmail(boolean byEmail) {
        this.notifyByEmail = byEmail;
    }

    public boolean isNotifyByEmail() {
        return notifyByEmail;
    }

    public void preferLanguage(Language language) {
        this.preferredLanguage = Objects.requireNonNull(language, "language");
    }

    public boolean hasPassword(PasswordHashing hashing, char[] password) {
        return hashing.verify(password, passwordHash);
    }

    private static Set<PartnerRole> requireSomeRole(Set<PartnerRole> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("user.roles.required", "roles");
        }
        return EnumSet.copyOf(roles);
    }

    public Long getId() {
        return id;
    }

    @Override
    public String actorName() {
        return email;
    }

    @Override
    public Long actorPartnerId() {
        return partner.getId();
    }

    @Override
    public Partner getPartner() {
        return partner;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public Set<PartnerRole> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(PartnerRole.class) : roles);
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
