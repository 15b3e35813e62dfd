package org.partnerhub.web.customer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;
import org.partnerhub.web.shell.SignedInUser;

/**
 * The account page's Admin relationships tab: the partner's admin relationships with this
 * customer, ending one, and giving up the legacy delegated admin privilege. Requests are made on
 * their own page, which drafts the approval email.
 */
@Named
@ViewScoped
public class AdminRelationshipsTab implements Serializable {

    @Inject
    AdminRelationshipService adminRelationships;

    @Inject
    CustomerAccountPage page;

    @Inject
    SignedInUser signedInUser;

    private List<AdminRelationshipRow> rows;

    /** Read when the tab is first shown (the tab view is dynamic). */
    public List<AdminRelationshipRow> getRows() {
        if (rows == null) {
            rows = adminRelationships.ofCustomer(page.getCustomerId());
        }
        return rows;
    }

    public void terminate(AdminRelationshipRow row) {
        try {
            adminRelationships.terminate(row.id());
            Messages.info("adminRelationships.terminated", row.name());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        rows = null;
    }

    public void removeLegacyPrivileges() {
        try {
            adminRelationships.removeLegacyPrivileges(page.getCustomerId());
            Messages.info("adminRelationships.legacyRemoved");
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        page.load();
    }

    /** Global admins and Admin agents ask for, end and give up admin access. */
    public boolean isMayChange() {
        return signedInUser.getMe().hasAny(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT);
    }
}
