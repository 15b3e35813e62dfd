package org.partnerhub.web.subscription;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionTransferService;
import org.partnerhub.subscription.TransferRow;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.KeysetPages;
import org.partnerhub.web.shell.Messages;

/** Transfer requests both ways: approve or reject those that ask for the caller's subscriptions. */
@Named
@ViewScoped
public class TransfersPage implements Serializable {

    @Inject
    SubscriptionTransferService transfers;

    private final KeysetPages<TransferRow> pages = new KeysetPages<>((continuation, size) -> transfers.page(continuation, size));
    private TransferRow rejecting;
    private String reason;

    @PostConstruct
    void init() {
        pages.first();
    }

    public void approve(TransferRow row) {
        try {
            transfers.approve(row.id());
            Messages.info("transfers.approved", row.otherPartnerName());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        pages.reload();
    }

    public void startRejecting(TransferRow row) {
        rejecting = row;
        reason = null;
        Dialogs.open("rejectDialog");
    }

    public void reject() {
        try {
            transfers.reject(rejecting.id(), reason == null ? "" : reason);
            Messages.info("transfers.rejected", rejecting.otherPartnerName());
            closeRejection();
        } catch (BusinessException refusal) {
            Messages.refusal("reject", refusal);
            if (refusal.field() == null) {
                closeRejection();
            }
        }
    }

    /** Done with the transfer, or it can no longer be rejected: the dialog closes and the list shows where it stands. */
    private void closeRejection() {
        Dialogs.close("rejectDialog");
        pages.reload();
    }

    public KeysetPages<TransferRow> getPages() {
        return pages;
    }

    public TransferRow getRejecting() {
        return rejecting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
