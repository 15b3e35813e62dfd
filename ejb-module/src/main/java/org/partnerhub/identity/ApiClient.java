package org.partnerhub.identity;

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
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.partner.Partner;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/**
 * An integration that calls the API for a partner, with one role that is never more than an
 * Admin agent's. It proves itself with its client id and a secret of 256 random bits, of which
 * only the SHA-256 is kept; rotating the secret or disabling the client ends every token it holds.
 */
@Entity
@Table(name = "api_client")
public class ApiClient implements Caller {

    /** What an API client may act as: a Global admin's powers stay with people. */
    public static final Set<PartnerRole> ROLES =
            EnumSet.of(PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT, PartnerRole.HELPDESK_AGENT);
    /** The principal name of an API client's calls: it cannot be an email, so no user has it. */
    static final String PRINCIPAL_PREFIX = "api-client:";

    @Id
    @SequenceGenerator(name = "api_client_seq", sequenceName = "api_client_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_client_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerRole role;

    @Column(name = "client_id", nullable = false, updatable = false, unique = true)
    private String clientId;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private boolean active;

    /** Changes with the secret and the active flag: a token remembers the one it was issued under. */
    @Column(name = "credentials_version", nullable = false)
    private long credentialsVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected ApiClient() {
        // for JPA
    }

    /** A new active client; the secret is the caller's to show once. */
    public ApiClient(Partner partner, String name, PartnerRole role, LinkToken secret, String createdBy,
            LocalDateTime now) {
        this.partner = Objects.requireNonNull(partner, "partner");
        this.name = name.trim();
        this.role = checked(role);
        this.clientId = LinkToken.generate().value().substring(0, 22);
        this.secretHash = secret.hash();
        this.active = true;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    private static PartnerRole checked(PartnerRole role) {
        if (!ROLES.contains(role)) {
            throw new BusinessException("apiClient.role.notAllowed", "role");
        }
        return role;
    }

    public void rotateSecret(LinkToken secret) {
        this.secretHash = secret.hash();
        credentialsVersion++;
    }

    public void setActive(boolean active) {
        if (this.active != active) {
            this.active = active;
            credentialsVersion++;
        }
    }

    /** Whether this secret is the client's; a disabled client has none that works. */
    public boolean acceptsSecret(String secret) {
        return active && LinkToken.hashOf(secret).equals(secretHash);
    }

    public String principalName() {
        return PRINCIPAL_PREFIX + clientId;
    }

    @Override
    public String actorName() {
        return "API client " + name;
    }

    @Override
    public Long actorPartnerId() {
        return partner.getId();
    }

    @Override
    public Partner getPartner() {
        return partner;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerRole getRole() {
        return role;
    }

    public String getClientId() {
        return clientId;
    }

    public boolean isActive() {
        return active;
    }

    public long getCredentialsVersion() {
        return credentialsVersion;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public ApiClientRow toRow() {
        return new ApiClientRow(id, name, role, clientId, active, createdAt, createdBy);
    }
}
