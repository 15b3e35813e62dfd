package org.partnerhub.web.partnership;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.ChannelQueries;
import org.partnerhub.channel.PartnerRow;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partnership.PartnershipQueries;
import org.partnerhub.partnership.PartnershipRequestRow;
import org.partnerhub.partnership.PartnershipService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * What the provider's and the reseller's partnership pages share: the active partnerships,
 * the pending requests both ways and answering, withdrawing and ending them.
 */
public abstract class PartnershipsPage implements Serializable {

    @Inject
    PartnershipService partnerships;

    @Inject
    PartnershipQueries queries;

    @Inject
    ChannelQueries channel;

    @Inject
    SignedInUser signedInUser;

    private List<PartnerRow> partners;
    private List<PartnershipRequestRow> requests;
    private PartnerRow ending;
    private String endReason;
    private PartnershipRequestRow declining;
    private String declineReason;

    @PostConstruct
    void init() {
        reload();
    }

    protected void reload() {
        partners = channel.partners();
        requests = queries.requests();
    }

    /** Global admins and Admin agents answer, send, withdraw and end; the others look. */
    public boolean isMayManage() {
        var me = signedInUser.getMe();
        return me.has(PartnerRole.GLOBAL_ADMIN) || me.has(PartnerRole.ADMIN_AGENT);
    }

    public void accept(PartnershipRequestRow request) {
        act(() -> partnerships.accept(request.partnershipId()), "partnerships.accepted", request.otherName());
    }

    /** Opens the Decline dialog, which says what declining does and asks for a reason. */
    public void startDeclining(PartnershipRequestRow request) {
        declining = request;
        declineReason = null;
        Dialogs.open("declineDialog");
    }

    public void decline() {
        inDialog("decline", () -> partnerships.decline(declining.partnershipId(), declineReason),
                "partnerships.declined", declining.otherName());
    }

    public void revoke(PartnershipRequestRow request) {
        act(() -> partnerships.revoke(request.partnershipId()), "partnerships.revoked", request.otherName());
    }

    public void startEnding(PartnerRow partner) {
        ending = partner;
        endReason = null;
        Dialogs.open("endDialog");
    }

    public void end() {
        inDialog("end", () -> partnerships.end(ending.partnershipId(), endReason), "partnerships.ended", ending.name());
    }

    /**
     * An action confirmed in the dialog whose form has this id (its widget: the id + "Dialog"):
     * done, the dialog closes and the lists are read again; refused, it stays open with the message.
     */
    private void inDialog(String formId, Runnable action, String doneKey, String otherName) {
        try {
            action.run();
            Dialogs.close(formId + "Dialog");
            Messages.info(doneKey, otherName);
            reload();
        } catch (BusinessException refusal) {
            Messages.refusal(formId, refusal);
        }
    }

    private void act(Runnable action, String doneKey, String otherName) {
        try {
            action.run();
            Messages.info(doneKey, otherName);
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        reload();
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public List<PartnershipRequestRow> getRequests() {
        return requests;
    }

    public PartnerRow getEnding() {
        return ending;
    }

    public PartnershipRequestRow getDeclining() {
        return declining;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
