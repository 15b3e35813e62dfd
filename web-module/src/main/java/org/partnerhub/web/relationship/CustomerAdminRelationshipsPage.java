package org.partnerhub.web.relationship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.customerarea.AdminApprovalService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.Messages;

/**
 * The customer area's admin relationships: the request an approval link leads to (partner,
 * roles, duration; approve or decline), and every relationship partners hold or asked for,
 * which the customer's admin may end.
 */
@Named
@ViewScoped
public class CustomerAdminRelationshipsPage implements Serializable {

    @Inject
    AdminApprovalService approvals;

    /** The approval link's token, from the address; null when the page is opened from the menu. */
    private String link;
    private AdminRelationshipRow asked;
    private List<AdminRelationshipRow> rows;

    /** The view action: the request the link names, if it is this customer's. */
    public void load() {
        rows = approvals.mine();
        if (link != null && !link.isBlank()) {
            try {
                asked = approvals.byLink(link);
            } catch (BusinessException refusal) {
                asked = null;
                Messages.refusal(null, refusal);
            }
        }
    }

    public void approve() {
        answer(() -> approvals.approve(link), "adminRelationships.approved");
    }

    public void decline() {
        answer(() -> approvals.decline(link), "adminRelationships.declined");
    }

    public void terminate(AdminRelationshipRow row) {
        try {
            approvals.terminate(row.id());
            Messages.info("adminRelationships.terminated", row.name());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        rows = approvals.mine();
    }

    private void answer(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey, asked.partnerName());
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        asked = null;
        rows = approvals.mine();
    }

    /** Whether the request still waits for an answer: then the page offers Approve and Decline. */
    public boolean isAnswerable() {
        return asked != null && asked.status() == org.partnerhub.adminrelationship.AdminRelationshipStatus.PENDING_APPROVAL;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public AdminRelationshipRow getAsked() {
        return asked;
    }

    public List<AdminRelationshipRow> getRows() {
        return rows;
    }
}
