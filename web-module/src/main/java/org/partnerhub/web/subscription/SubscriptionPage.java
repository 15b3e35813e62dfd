package org.partnerhub.web.subscription;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.SubscriptionChangeService;
import org.partnerhub.subscription.SubscriptionView;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * One subscription: its facts, and for the partner of record the changes its role allows —
 * licenses and upgrade (Global admin, Admin agent, Sales agent), suspend, reactivate and
 * cancel with a reason (Global admin, Admin agent). Each change carries the version shown; if
 * someone else changed the subscription meanwhile, the page says so and shows it afresh.
 */
@Named
@ViewScoped
public class SubscriptionPage implements Serializable {

    @Inject
    SubscriptionChangeService changes;

    @Inject
    SignedInUser signedInUser;

    private long subscriptionId;
    private SubscriptionView view;
    private Integer licenses;
    private Long upgradeTo;
    private String reason;

    /** The view action: reads the subscription named in the address, if the caller serves its customer. */
    public void load() {
        try {
            view = changes.view(subscriptionId);
            licenses = view.row().licenses();
        } catch (BusinessException refusal) {
            view = null;
            Messages.refusal(null, refusal);
        }
    }

    public void changeLicenses() {
        attempt(() -> changes.changeLicenses(subscriptionId, view.row().version(), licenses), "licenseChange",
                "subscription.licenses.changed");
    }

    public String upgrade() {
        try {
            long next = changes.upgrade(subscriptionId, view.row().version(), upgradeTo);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("subscription.upgraded");
            return "/subscription/subscription.xhtml?faces-redirect=true&subscription=" + next;
        } catch (BusinessException refusal) {
            refused("upgrade", refusal);
            return null;
        }
    }

    public void suspend() {
        attempt(() -> changes.suspend(subscriptionId, view.row().version(), reason), "status", "subscription.suspended");
    }

    public void reactivate() {
        attempt(() -> changes.reactivate(subscriptionId, view.row().version(), reason), "status",
                "subscription.reactivated");
    }

    public void cancel() {
        attempt(() -> changes.cancel(subscriptionId, view.row().version(), reason), "status", "subscription.cancelled");
    }

    private void attempt(Runnable change, String formId, String doneKey) {
        try {
            change.run();
            Messages.info(doneKey);
            reason = null;
            load();
        } catch (BusinessException refusal) {
            refused(formId, refusal);
        }
    }

    /** A change someone else made first: the page shows the subscription as it is now. */
    private void refused(String formId, BusinessException refusal) {
        Messages.refusal(formId, refusal);
        if ("subscription.changedMeanwhile".equals(refusal.messageKey())) {
            load();
        }
    }

    public boolean isMayChangeLicenses() {
        return view != null && view.mine() && view.row().isActive()
                && signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT);
    }

    public boolean isMayUpgrade() {
        return isMayChangeLicenses() && !view.upgradeOptions().isEmpty();
    }

    public boolean isMayChangeStatus() {
        return view != null && view.mine() && (view.row().isActive() || view.row().isSuspended())
                && signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }

    public long getSubscriptionId() {
        return subscriptionId;
    }

    public void setSubscriptionId(long subscriptionId) {
        this.subscriptionId = subscriptionId;
    }

    public SubscriptionView getView() {
        return view;
    }

    public Integer getLicenses() {
        return licenses;
    }

    public void setLicenses(Integer licenses) {
        this.licenses = licenses;
    }

    public Long getUpgradeTo() {
        return upgradeTo;
    }

    public void setUpgradeTo(Long upgradeTo) {
        this.upgradeTo = upgradeTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
