package org.partnerhub.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.referral.ReferralImportFile;
import org.partnerhub.referral.ReferralImportLine;
import org.partnerhub.referral.ReferralImportService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.CsvDownload;
import org.partnerhub.web.shell.ImportUpload;
import org.partnerhub.web.shell.Messages;

/**
 * Record many leads from a CSV file: the template, the upload, a preview of every line with its
 * problems in the user's language, then Import (the valid lines, or only when all are valid;
 * a provider may refer them all to one of its partnered resellers), and how many were recorded.
 */
@Named
@ViewScoped
public class ImportReferralsPage implements Serializable {

    @Inject
    ReferralImportService imports;

    @Inject
    PartneredResellers partneredResellers;

    private boolean uploadTooLarge;
    private transient Part file;
    /**
     * The checked file, until it is imported: Import sends it again and the service checks it
     * again, so nothing but what the file says is written. At most 5 MB, and only between Check
     * and Import.
     */
    private byte[] content;
    private String fileName;
    private List<ReferralImportLine> lines;
    private boolean allOrNothing;
    private Long referTo;
    private List<PartnerChoice> resellers = List.of();

    /** The view action: a provider's partnered resellers, to refer the leads to. */
    public void load() {
        resellers = partneredResellers.list();
        if (uploadTooLarge) {
            ImportUpload.tooLarge();
        }
    }

    public void check() {
        forgetFile();
        Optional<byte[]> uploaded = ImportUpload.content(file);
        if (uploaded.isEmpty()) {
            return;
        }
        try {
            lines = imports.check(uploaded.get());
            content = uploaded.get();
            fileName = ImportUpload.name(file, "referrals.csv");
        } catch (BusinessException refusal) {
            Messages.refusal("upload", refusal);
        }
    }

    public void importLeads() {
        try {
            int written = imports.importLeads(fileName, content, allOrNothing, referTo);
            Optional<PartnerChoice> reseller = resellers.stream()
                    .filter(choice -> referTo != null && choice.partnerId() == referTo).findFirst();
            if (reseller.isPresent()) {
                Messages.info("referralImport.doneReferred", written, reseller.get().name());
            } else {
                Messages.info("referralImport.done", written);
            }
            forgetFile();
        } catch (BusinessException refusal) {
            Messages.refusal("options", refusal);
        }
    }

    public void downloadTemplate() {
        CsvDownload.sendFile("referrals-template.csv", ReferralImportFile.template().getBytes(StandardCharsets.UTF_8));
    }

    /** A line's problems in the user's language, one after the other. */
    public String problems(ReferralImportLine line) {
        return line.problems().stream()
                .map(problem -> Messages.text(problem.messageKey(), problem.arguments().toArray()))
                .collect(Collectors.joining(" "));
    }

    private void forgetFile() {
        content = null;
        fileName = null;
        lines = null;
    }

    public boolean isChecked() {
        return lines != null;
    }

    public List<ReferralImportLine> getLines() {
        return lines == null ? List.of() : lines;
    }

    public long getValid() {
        return getLines().stream().filter(ReferralImportLine::isValid).count();
    }

    public long getInvalid() {
        return getLines().size() - getValid();
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isUploadTooLarge() {
        return uploadTooLarge;
    }

    public void setUploadTooLarge(boolean uploadTooLarge) {
        this.uploadTooLarge = uploadTooLarge;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public Long getReferTo() {
        return referTo;
    }

    public void setReferTo(Long referTo) {
        this.referTo = referTo;
    }

    public List<PartnerChoice> getResellers() {
        return resellers;
    }
}
