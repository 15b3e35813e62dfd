package org.partnerhub.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.partnerhub.mail.MailService;
import org.partnerhub.mail.MailView;
import org.partnerhub.shared.BusinessException;

/**
 * Send on a draft email (draft-email.xhtml), where an SMTP server is configured: Partner Hub
 * queues the text as the user edited it and shows how its sending goes. Without a server the
 * page offers only Open in email and Copy, as before.
 */
@Named
@RequestScoped
public class MailOut {

    @Inject
    MailService mail;

    private Boolean configured;
    /** Asked once per request however often the page reads it. */
    private MailView status;

    public boolean isConfigured() {
        if (configured == null) {
            configured = mail.isConfigured();
        }
        return configured;
    }

    public void send(DraftEmail draft, String to) {
        if (to == null || to.isBlank()) {
            Messages.error(null, "draft.send.noRecipient");
            return;
        }
        if (draft.getSubject() == null || draft.getSubject().isBlank()) {
            Messages.error("draft:subject", "draft.subject.required");
            return;
        }
        if (!draft.keepsLink()) {
            Messages.error("draft:body", "draft.linkMissing", draft.getUrl());
            return;
        }
        try {
            draft.sentAs(mail.sendDraft(to, draft.getSubject(), draft.getBody()));
            Messages.info("draft.send.queued", to);
        } catch (BusinessException refusal) {
            Messages.refusal("draft", refusal);
        }
    }

    /** How the draft's message is doing, or null before Send. */
    public MailView status(DraftEmail draft) {
        if (draft.getMailId() == null) {
            return null;
        }
        if (status == null || !status.id().equals(draft.getMailId())) {
            status = mail.status(draft.getMailId());
        }
        return status;
    }
}
