package org.partnerhub.customeruser;

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
import org.partnerhub.account.Customer;
import org.partnerhub.partner.Partner;

/**
 * An import of users from a file, as it runs in the background and after: how many lines the
 * file had, how many are written (all at once, when it is DONE), how far it got.
 */
@Entity
@Table(name = "user_import")
public class UserImport {

    @Id
    @SequenceGenerator(name = "user_import_seq", sequenceName = "user_import_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_import_seq")
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private Partner partner;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_rows", nullable = false, updatable = false)
    private int fileRows;

    @Column(name = "rows_to_import", nullable = false, updatable = false)
    private int rowsToImport;

    @Column(nullable = false)
    private int processed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    @Column
    private String failure;

    @Column(name = "finished_at")
    private LocalDateTime finishedAt;

    /** The server that runs it, while it runs (ImportLeases). */
    @Column
    private String runner;

    /** Until when its server is known to be alive; renewed while it runs. */
    @Column(name = "lease_until")
    private LocalDateTime leaseUntil;

    protected UserImport() {
        // for JPA
    }

    UserImport(Customer customer, Partner partner, String createdBy, LocalDateTime now, String fileName, int fileRows,
            int rowsToImport, String runner, LocalDateTime leaseUntil) {
        this.customer = customer;
        this.partner = partner;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.fileName = fileNameColumn(fileName);
        this.fileRows = fileRows;
        this.rowsToImport = rowsToImport;
        this.status = ImportStatus.RUNNING;
        this.runner = runner;
        this.leaseUntil = leaseUntil;
    }

    /** A file's name as the import tables keep it: its first 255 characters. */
    static String fileNameColumn(String fileName) {
        return fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
    }

    void progress(int rows) {
        processed = rows;
    }

    void done(LocalDateTime now) {
        processed = rowsToImport;
        status = ImportStatus.DONE;
        finishedAt = now;
    }

    void failed(String reason, LocalDateTime now) {
        status = ImportStatus.FAILED;
        failure = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
        finishedAt = now;
        processed = 0;
    }

    public ImportView toView(boolean resultWaiting) {
        return new ImportView(id, fileName, createdBy, createdAt, fileRows, rowsToImport, processed, status, failure,
                finishedAt, resultWaiting);
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getFileName() {
        return fileName;
    }

    public int getRowsToImport() {
        return rowsToImport;
    }

    public ImportStatus getStatus() {
        return status;
    }
}
