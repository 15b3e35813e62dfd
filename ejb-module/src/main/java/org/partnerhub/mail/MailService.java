package org.partnerhub.mail;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;

/**
 * A draft email (an invitation, a partnership request, an admin relationship request) sent by
 * Partner Hub instead of the user's own mail program, when an SMTP server is configured, and how
 * its sending goes. Another partner's message is "not found".
 */
@Stateless
@DenyAll
public class MailService {

    /** Characters of a body: sealed, even four bytes each fit the outbox's column (V34). */
    static final int MAX_BODY = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Outbox outbox;

    @EJB
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    /** Whether the draft pages offer Send: an SMTP server is configured. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** Queues the draft as the user edited it; it is sent within seconds, or retried. Answers its id. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public long sendDraft(
            @NotBlank(message = "{partnerhub.required}") @Email(message = "{partnerhub.email.invalid}") @Size(max = 254) String to,
            @NotBlank(message = "{partnerhub.required}") @Size(max = 500, message = "{partnerhub.size.max}") String subject,
            @NotBlank(message = "{partnerhub.required}") @Size(max = MAX_BODY, message = "{partnerhub.size.max}") String body) {
        if (!settings.isConfigured()) {
            throw BusinessException.of("mail.notConfigured");
        }
        Caller actor = currentUser.require();
        long id = outbox.queue(actor.getPartner().getId(), to.trim(), subject.trim(), body, actor.actorName());
        auditTrail.record(actor, AuditAction.MAIL_QUEUED, to.trim(), Summary.of("mailSubject", subject.trim()));
        return id;
    }

    /** How the message's sending went: sent, being tried again, or given up. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public MailView status(long mailId) {
        OutgoingMail mail = em.find(OutgoingMail.class, mailId);
        if (mail == null || mail.getPartnerId() != currentUser.partnerId()) {
            throw BusinessException.of("mail.notFound");
        }
        return mail.toView();
    }
}
