package org.partnerhub.web.relationship;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.partnerhub.relationship.FormerCustomerRow;
import org.partnerhub.relationship.InvitationRow;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.web.shell.KeysetPages;
import org.partnerhub.web.shell.Messages;

/**
 * The partner's invitations with their status as of now (an expired one shows as expired, no
 * job needed), Resend (a new link, drafted on the invite page like a first one) and Revoke; and
 * the former customers, whom a new invitation asks to re-establish the relationship.
 */
@Named
@ViewScoped
public class InvitationsPage implements Serializable {

    @Inject
    RelationshipInvitationService invitations;

    private final KeysetPages<InvitationRow> pages = new KeysetPages<>((continuation, size) -> invitations.page(continuation, size));
    private List<FormerCustomerRow> formerCustomers;

    @PostConstruct
    void init() {
        pages.first();
        formerCustomers = invitations.formerCustomers();
    }

    /** The page shown, read again: a resend or revoke changes a row's status, not the order. */
    private void reload() {
        pages.reload();
        formerCustomers = invitations.formerCustomers();
    }

    public String resend(InvitationRow row) {
        try {
            var link = invitations.resend(row.id());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put(InviteCustomerPage.NEW_LINK, link);
            return "/relationship/invite.xhtml?faces-redirect=true";
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
            reload();
            return null;
        }
    }

    public void revoke(InvitationRow row) {
        try {
            invitations.revoke(row.id());
            Messages.info("invitations.revoked");
        } catch (BusinessException refusal) {
            Messages.refusal(null, refusal);
        }
        reload();
    }

    public KeysetPages<InvitationRow> getPages() {
        return pages;
    }

    public List<FormerCustomerRow> getFormerCustomers() {
        return formerCustomers;
    }
}
