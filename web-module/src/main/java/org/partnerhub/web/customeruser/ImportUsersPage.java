package org.partnerhub.web.customeruser;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerhub.customer.CustomerAccount;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customeruser.ImportPreview;
import org.partnerhub.customeruser.ImportRow;
import org.partnerhub.customeruser.ImportView;
import org.partnerhub.customeruser.UserImportFile;
import org.partnerhub.customeruser.UserImportService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.ImportUpload;
import org.partnerhub.web.shell.Messages;

/**
 * Add many users from a CSV file: the template, the upload, a preview of every line with its
 * problems in the user's language, Import (leaving invalid lines out, or only when all are
 * valid), the imports running in the background with their progress, and each result file,
 * downloadable once.
 */
@Named
@ViewScoped
public class ImportUsersPage implements Serializable {

    @Inject
    UserImportService imports;

    @Inject
    CustomerQueries queries;

    private long customerId;
    private boolean uploadTooLarge;
    private CustomerAccount account;
    private transient Part file;
    private ImportPreview preview;
    private boolean skipInvalid = true;
    private boolean onlyInvalid;
    private List<ImportView> jobs = List.of();

    /** The view action: the customer named in the address, if the caller serves it. */
    public void load() {
        try {
            account = queries.account(customerId);
            refresh();
            if (uploadTooLarge) {
                ImportUpload.tooLarge();
            }
        } catch (BusinessException refusal) {
            account = null;
            Messages.refusal(null, refusal);
        }
    }

    public void refresh() {
        jobs = imports.imports(customerId);
    }

    public void check() {
        preview = null;
        Optional<byte[]> content = ImportUpload.content(file);
        if (content.isEmpty()) {
            return;
        }
        try {
            preview = imports.check(customerId, ImportUpload.name(file, "users.csv"), content.get());
        } catch (BusinessException refusal) {
            Messages.refusal("upload", refusal);
        }
    }

    public void start() {
        try {
            imports.start(preview.token(), skipInvalid);
            preview = null;
            Messages.info("import.started");
            refresh();
        } catch (BusinessException refusal) {
            Messages.refusal("options", refusal);
            if ("import.checkAgain".equals(refusal.messageKey())) {
                preview = null;
            }
        }
    }

    public void downloadTemplate() {
        CsvDownload.sendFile("users-template.csv", UserImportFile.template().getBytes(StandardCharsets.UTF_8));
    }

    public void downloadResult(ImportView job) {
        try {
            CsvDownload.sendFile("users-" + job.id() + "-passwords.csv", imports.result(job.id()));
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            refresh();
        }
    }

    /** A line's problems in the user's language, one after the other. */
    public String problems(ImportRow row) {
        return row.problems().stream()
                .map(problem -> Messages.text(problem.messageKey(), problem.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    public List<ImportRow> getRows() {
        return preview == null ? List.of()
                : onlyInvalid ? preview.rows().stream().filter(row -> !row.isValid()).toList() : preview.rows();
    }

    public boolean isRunning() {
        return jobs.stream().anyMatch(ImportView::isRunning);
    }

    public long getCustomerId() {
        return customerId;
    }

    public boolean isUploadTooLarge() {
        return uploadTooLarge;
    }

    public void setUploadTooLarge(boolean uploadTooLarge) {
        this.uploadTooLarge = uploadTooLarge;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public CustomerAccount getAccount() {
        return account;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isSkipInvalid() {
        return skipInvalid;
    }

    public void setSkipInvalid(boolean skipInvalid) {
        this.skipInvalid = skipInvalid;
    }

    public boolean isOnlyInvalid() {
        return onlyInvalid;
    }

    public void setOnlyInvalid(boolean onlyInvalid) {
        this.onlyInvalid = onlyInvalid;
    }

    public List<ImportView> getJobs() {
        return jobs;
    }
}
