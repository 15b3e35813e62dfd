package org.partnerhub.customeruser;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A checked file waiting for Import, in the database so that Import may land on any server.
 * Its lines are kept as they were checked (serialized, read back only as the classes of a
 * checked line), not the file: Import writes what the preview showed.
 */
@Entity
@Table(name = "import_checked_file")
class CheckedImportFile {

    /**
     * What a kept line may contain when it is read back (a problem may name an offer in every
     * language): nothing else is built from the bytes.
     */
    private static final ObjectInputFilter LINES_ONLY = ObjectInputFilter.Config.createFilter(
            "org.partnerhub.customeruser.*;org.partnerhub.shared.TranslatedText;java.util.*;java.lang.*;maxdepth=20;!*");

    @Id
    private String token;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private long partnerId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private long customerId;

    @Column(name = "checked_by", nullable = false, updatable = false)
    private String checkedBy;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "checked_rows", nullable = false, updatable = false)
    private String checkedRows;

    @Column(name = "checked_at", nullable = false, updatable = false)
    private LocalDateTime checkedAt;

    protected CheckedImportFile() {
        // for JPA
    }

    CheckedImportFile(String token, ImportJobs.Checked file, LocalDateTime now) {
        this.token = token;
        this.partnerId = file.partnerId();
        this.customerId = file.customerId();
        this.checkedBy = file.checkedBy();
        this.fileName = UserImport.fileNameColumn(file.fileName());
        this.checkedRows = write(file.rows());
        this.checkedAt = now;
    }

    ImportJobs.Checked toChecked() {
        return new ImportJobs.Checked(partnerId, customerId, checkedBy, fileName, read(checkedRows));
    }

    private static String write(List<ImportRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<>(rows));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    @SuppressWarnings("unchecked")
    private static List<ImportRow> read(String kept) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(kept)))) {
            in.setObjectInputFilter(LINES_ONLY);
            return (List<ImportRow>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("a checked file kept by this version does not read back", e);
        }
    }
}
