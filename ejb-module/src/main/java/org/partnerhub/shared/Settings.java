package org.partnerhub.shared;

import java.util.Optional;

/**
 * Deployment settings. Each one is read from a system property ({@code partnerhub.db.url}) and
 * then from an environment variable ({@code PARTNERHUB_DB_URL}), so the same EAR is configured
 * the same way on every server without a server-specific descriptor.
 */
public enum Settings {
    DB_URL,
    DB_USER,
    DB_PASSWORD,
    DATA_DIR,
    DEMO_DATA,
    /** Days a partnership request link stays valid (default 30). */
    PARTNERSHIP_LINK_DAYS,
    /** Days a relationship invitation link stays valid (default 90). */
    INVITATION_LINK_DAYS,
    /** Days after a purchase or an increase in which licenses may be decreased (default 7). */
    LICENSE_DECREASE_DAYS,
    /** Days a subscription transfer request waits for the partner of record's answer (default 30). */
    TRANSFER_REQUEST_DAYS,
    /**
     * Proxies and load balancers (addresses or CIDR ranges, comma-separated) whose
     * X-Forwarded-For header tells the client's address; empty: the connection's address.
     */
    TRUSTED_PROXIES,
    /** {@code true}: the site is served over HTTPS, so the session cookie is marked Secure (default off). */
    HTTPS,
    /**
     * The domain under which every customer gets its own, {@code <prefix>.<domain>}, and its
     * users their names (default partnerhub.example). Chosen once, before the first customer.
     */
    CUSTOMER_DOMAIN,
    /**
     * Days the audit log keeps an event; unset, it keeps every event for good (audit.AuditPruning
     * deletes older ones, a batch at a time, when it is set).
     */
    AUDIT_RETENTION_DAYS,
    /** Requests a minute each API client may make, on each server (default 600). */
    API_RATE_LIMIT,
    /**
     * The key (32 bytes, Base64) that seals what the database keeps but must not give away: an
     * import's result file with its temporary passwords. The same on every server of a cluster,
     * and never in the database. Unset: each server makes its own at start, so such a file can
     * be opened only by the server that made it, until it restarts.
     */
    SEALING_KEY,
    /**
     * The SMTP server Partner Hub sends email through; unset, nothing is sent and every email is
     * a draft the user sends itself. With it: {@code SMTP_PORT} (default 25), {@code SMTP_USER}
     * and {@code SMTP_PASSWORD} (both or neither), {@code SMTP_TLS} ({@code true}: STARTTLS
     * required), {@code SMTP_FROM} (the sender address, required with a host).
     */
    SMTP_HOST,
    SMTP_PORT,
    SMTP_USER,
    SMTP_PASSWORD,
    SMTP_TLS,
    SMTP_FROM,
    /**
     * The address users reach Partner Hub at ({@code https://partnerhub.example.com/partnerhub}):
     * where an email sent in the background (a notification) links to. Unset, such an email
     * names the page instead of linking to it.
     */
    PUBLIC_URL;

    public String environmentVariable() {
        return "PARTNERHUB_" + name();
    }

    public String systemProperty() {
        return "partnerhub." + name().toLowerCase().replace('_', '.');
    }

    public Optional<String> value() {
        String fromProperty = System.getProperty(systemProperty());
        if (fromProperty != null && !fromProperty.isBlank()) {
            return Optional.of(fromProperty.trim());
        }
        String fromEnvironment = System.getenv(environmentVariable());
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.trim());
        }
        return Optional.empty();
    }

    public boolean isTrue() {
        return value().map(v -> v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"))
                .orElse(false);
    }
}
