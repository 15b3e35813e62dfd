package org.partnerhub.web.referral;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.channel.PartnerChoice;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralService;
import org.partnerhub.referral.ReferralStatus;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.partnership.PartneredResellers;
import org.partnerhub.web.shell.Dialogs;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;
import org.partnerhub.web.shell.Workspace;

/**
 * One lead and what its partner does next: the reseller it was referred to accepts or declines
 * it; whoever works it marks it contacted, then won (and adds the customer in the wizard,
 * prefilled) or lost, and keeps notes; the provider that referred it follows its status and
 * refers a declined lead again or takes it back. Helpdesk agents see it all and act on nothing.
 */
@Named
@ViewScoped
public class ReferralPage implements Serializable {

    /** Why a lead is closed: the one reason dialog asks for either. */
    public enum Closing {
        DECLINE, LOSE
    }

    @Inject
    ReferralQueries queries;

    @Inject
    ReferralService referrals;

    @Inject
    PartneredResellers partneredResellers;

    @Inject
    SignedInUser signedInUser;

    private Long referralId;
    private ReferralView referral;
    private String workNote;
    private Closing closing;
    private String reason;
    private Long referTo;
    private List<PartnerChoice> resellers;

    /** On opening: another partner's lead, or none, is "not found" and the page shows nothing. */
    public void load() {
        if (referralId == null) {
            Messages.error(null, "referral.notFound");
            return;
        }
        read();
    }

    private void read() {
        try {
            referral = queries.referral(referralId);
            workNote = referral.workNote();
        } catch (BusinessException refusal) {
            referral = null;
            Messages.refusal(null, refusal);
        }
    }

    public void accept() {
        act(() -> referrals.accept(referralId), "referral.accepted");
    }

    public void markContacted() {
        act(() -> referrals.markContacted(referralId), "referral.contacted");
    }

    /** Won: straight on to the new-customer wizard, filled in from the lead, which links the customer. */
    public String markWon() {
        try {
            referrals.markWon(referralId);
            return addCustomer();
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            read();
            return null;
        }
    }

    public String addCustomer() {
        return "/customer/new-customer.xhtml?faces-redirect=true&referral=" + referralId;
    }

    public void keep() {
        act(() -> referrals.keep(referralId), "referral.kept");
    }

    public void refer() {
        if (referTo == null) {
            Messages.error("refer:referTo", "referral.referTo.required");
            return;
        }
        try {
            referrals.refer(referralId, referTo);
            Messages.info("referral.referred");
            referTo = null;
        } catch (BusinessException refusal) {
            Messages.refusal("refer", refusal);
        }
        read();
    }

    public void saveNote() {
        try {
            referrals.writeNote(referralId, workNote);
            Messages.info("referral.noteSaved");
        } catch (BusinessException refusal) {
            Messages.refusal("notes", refusal);
        }
        read();
    }

    public void startClosing(Closing how) {
        closing = how;
        reason = null;
        Dialogs.open("closeDialog");
    }

    /** Declined or lost with the reason typed: the dialog closes, or stays open with the refusal. */
    public void close() {
        try {
            if (closing == Closing.DECLINE) {
                referrals.decline(referralId, reason);
            } else {
                referrals.markLost(referralId, reason);
            }
            Dialogs.close("closeDialog");
            Messages.info(closing == Closing.DECLINE ? "referral.declined" : "referral.lost");
            read();
        } catch (BusinessException refusal) {
            Messages.refusal("close", refusal);
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        read();
    }

    /** Whether the signed-in user works leads at all (not a Helpdesk agent). */
    public boolean isMayWork() {
        return Workspace.NEW_REFERRAL.allows(signedInUser.getMe());
    }

    /** Whether the user may invite the won lead's customer instead of adding it (Global admins, Admin agents). */
    public boolean isMayInvite() {
        return Workspace.RELATIONSHIP_INVITE.allows(signedInUser.getMe());
    }

    /** The reseller's answer is awaited from the caller. */
    public boolean isToAnswer() {
        return isMayWork() && referral.worksIt() && referral.status() == ReferralStatus.PENDING;
    }

    public boolean isToWork() {
        return isMayWork() && referral.worksIt() && referral.status().isOpen();
    }

    /** The provider may send it (again) to a reseller: its own new lead, or one a reseller declined. */
    public boolean isToRefer() {
        return isMayWork() && referral.owns() && !getResellers().isEmpty()
                && (referral.status() == ReferralStatus.NEW || referral.status() == ReferralStatus.DECLINED);
    }

    public List<PartnerChoice> getResellers() {
        if (resellers == null) {
            resellers = partneredResellers.list();
        }
        return resellers;
    }

    public Long getReferralId() {
        return referralId;
    }

    public void setReferralId(Long referralId) {
        this.referralId = referralId;
    }

    public ReferralView getReferral() {
        return referral;
    }

    public String getWorkNote() {
        return workNote;
    }

    public void setWorkNote(String workNote) {
        this.workNote = workNote;
    }

    public Closing getClosing() {
        return closing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getReferTo() {
        return referTo;
    }

    public void setReferTo(Long referTo) {
        this.referTo = referTo;
    }
}
