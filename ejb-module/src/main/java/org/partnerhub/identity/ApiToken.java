package org.partnerhub.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A bearer token an API client obtained: only its SHA-256 is kept, so a copy of the database
 * calls nothing. It works until it expires, or until its client's credentials change.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "api_client_id", nullable = false, updatable = false)
    private ApiClient client;

    @Column(name = "credentials_version", nullable = false, updatable = false)
    private long credentialsVersion;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private LocalDateTime expiresAt;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(String tokenHash, ApiClient client, LocalDateTime expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.client = client;
        this.credentialsVersion = client.getCredentialsVersion();
        this.expiresAt = expiresAt;
    }

    /** Whether the token still opens the API: not expired, its client active and unchanged since. */
    boolean isValidAt(LocalDateTime now) {
        return now.isBefore(expiresAt) && client.isActive() && client.getCredentialsVersion() == credentialsVersion;
    }

    ApiClient getClient() {
        return client;
    }
}
