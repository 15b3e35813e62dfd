package org.partnerhub.web.referral;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.referral.ReferralList;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralStatus;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.web.shell.KeysetPages;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;
import org.partnerhub.web.shell.Workspace;

/**
 * The leads the partner works or, for a provider, those it referred to its resellers, newest
 * first a page at a time, filtered by status and age in the database.
 */
@Named
@ViewScoped
public class ReferralsPage implements Serializable {

    /** The ages a list may be limited to, in days; null is any age. */
    private static final List<Integer> AGES = List.of(7, 30, 90, 365);

    @Inject
    ReferralQueries referrals;

    @Inject
    SignedInUser signedInUser;

    private ReferralList list = ReferralList.WORKING;
    private ReferralStatus status;
    private Integer withinDays;
    private final KeysetPages<ReferralView> pages =
            new KeysetPages<>((continuation, size) -> referrals.page(list, status, withinDays, continuation, size));

    @PostConstruct
    void init() {
        pages.first();
    }

    /** A filter changed: from the newest again. */
    public void filter() {
        pages.first();
    }

    /** Only a provider refers leads, so only a provider has a second list. */
    public boolean isProvider() {
        return signedInUser.getMe().partnerType() == PartnerType.INDIRECT_PROVIDER;
    }

    public boolean isMayRecord() {
        return Workspace.NEW_REFERRAL.allows(signedInUser.getMe());
    }

    public KeysetPages<ReferralView> getPages() {
        return pages;
    }

    public ReferralList[] getLists() {
        return ReferralList.values();
    }

    public ReferralStatus[] getStatuses() {
        return ReferralStatus.values();
    }

    public List<Integer> getAges() {
        return AGES;
    }

    public String ageLabel(int days) {
        return Messages.text("referrals.withinDays", days);
    }

    public ReferralList getList() {
        return list;
    }

    public void setList(ReferralList list) {
        this.list = list == null ? ReferralList.WORKING : list;
    }

    public ReferralStatus getStatus() {
        return status;
    }

    public void setStatus(ReferralStatus status) {
        this.status = status;
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    public void setWithinDays(Integer withinDays) {
        this.withinDays = withinDays;
    }
}
