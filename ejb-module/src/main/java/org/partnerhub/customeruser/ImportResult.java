package org.partnerhub.customeruser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * An import's result file with the temporary passwords, until it is downloaded (once) or its
 * hour is over; sealed ({@link org.partnerhub.security.SealingKey}) to the import it belongs to.
 */
@Entity
@Table(name = "import_result")
class ImportResult {

    @Id
    @Column(name = "import_id")
    private long importId;

    @Column(nullable = false, updatable = false)
    private String sealed;

    @Column(name = "made_at", nullable = false, updatable = false)
    private LocalDateTime madeAt;

    protected ImportResult() {
        // for JPA
    }

    ImportResult(long importId, String sealed, LocalDateTime madeAt) {
        this.importId = importId;
        this.sealed = sealed;
        this.madeAt = madeAt;
    }

    String sealed() {
        return sealed;
    }
}
