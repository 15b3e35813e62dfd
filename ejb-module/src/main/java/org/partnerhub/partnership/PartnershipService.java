package org.partnerhub.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.partner.MpnId;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.shared.PeriodSettings;
import org.partnerhub.shared.UniqueViolation;

/**
 * Asking for, answering and ending partnerships, for the Global admins and Admin agents of
 * the two sides. Every change locks the partnership's row first, so two people answering the
 * same request at once make one partnership: the second finds it already answered.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class PartnershipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @EJB
    PeriodSettings links;

    /** A provider asks the reseller with this MPN ID; the link for the email comes back once. */
    public PartnershipLink requestReseller(
            @NotBlank(message = "{partnerhub.required}") @MpnId String resellerMpnId) {
        Caller actor = currentUser.require();
        Partner provider = actor.getPartner();
        if (provider.getType() != PartnerType.INDIRECT_PROVIDER) {
            throw BusinessException.of("partnership.request.onlyProviders");
        }
        Partner reseller = resellerWithMpnId(resellerMpnId.trim());
        LinkToken token = LinkToken.generate();
        Partnership partnership = Partnership.requestedByProvider(provider, reseller, actor.actorName(), now(), token,
                links.partnershipLinks());
        persistRefusingSecondOpen(partnership);
        audit(actor, actor.getPartner(), AuditAction.PARTNERSHIP_REQUESTED, reseller,
                Summary.of("validUntil", partnership.getLinkExpiresAt().toLocalDate()));
        notifyAnswering(partnership);
        return linkOf(partnership, token);
    }

    /**
     * A provider asks a reseller by its email (what the provider has at hand) and, if it has it,
     * its MPN ID: the link for the email to that address comes back once. With an MPN ID only
     * that reseller answers; without, whichever indirect reseller's Global admin or Admin agent
     * opens the link, and the request becomes that reseller's.
     */
    public PartnershipLink requestResellerByEmail(
            @NotBlank(message = "{partnerhub.required}") @Email(message = "{partnerhub.email.invalid}") String email,
            @MpnId String mpnId) {
        Caller actor = currentUser.require();
        Partner provider = actor.getPartner();
        if (provider.getType() != PartnerType.INDIRECT_PROVIDER) {
            throw BusinessException.of("partnership.request.onlyProviders");
        }
        if (mpnId != null && !mpnId.isBlank()) {
            Partner reseller = resellerWithMpnId(mpnId.trim());
            LinkToken token = LinkToken.generate();
            Partnership partnership = Partnership.requestedByProvider(provider, reseller, actor.actorName(), now(), token,
                    links.partnershipLinks());
            partnership.sentTo(email);
            persistRefusingSecondOpen(partnership);
            audit(actor, provider, AuditAction.PARTNERSHIP_REQUESTED, reseller,
                    Summary.of("byEmailTo", partnership.getInvitedEmail())
                            .and("validUntil", partnership.getLinkExpiresAt().toLocalDate()));
            notifyAnswering(partnership);
            return linkOf(partnership, token);
        }
        LinkToken token = LinkToken.generate();
        Partnership partnership = Partnership.requestedByProviderByEmail(provider, email, actor.actorName(), now(), token,
                links.partnershipLinks());
        persistRefusingSecondOpen(partnership);
        auditTrail.record(actor.actorName(), provider.getId(), AuditAction.PARTNERSHIP_REQUESTED,
                partnership.getInvitedEmail(),
                Summary.of("byEmail").and("validUntil", partnership.getLinkExpiresAt().toLocalDate()));
        return linkOf(partnership, token);
    }

    /** A reseller asks a provider from the directory; the provider answers on its own page. */
    public long requestProvider(long providerId) {
        return requestProvider(currentUser.require(), em.find(Partner.class, providerId), Summary.of("fromDirectory"));
    }

    /** A reseller asks the provider with this MPN ID (an API client, which has no directory). */
    public long requestProviderWithMpnId(
            @NotBlank(message = "{partnerhub.required}") @MpnId String providerMpnId) {
        Partner provider = em.createQuery("select p from Partner p where p.mpnId = :mpnId", Partner.class)
                .setParameter("mpnId", providerMpnId.trim())
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.mpnId.unknown", "mpnId", providerMpnId.trim()));
        return requestProvider(currentUser.require(), provider, Summary.of("byMpnId"));
    }

    private long requestProvider(Caller actor, Partner provider, Summary how) {
        Partner reseller = actor.getPartner();
        if (reseller.getType() != PartnerType.INDIRECT_RESELLER) {
            throw BusinessException.of("partnership.request.onlyResellers");
        }
        if (provider == null || provider.getType() != PartnerType.INDIRECT_PROVIDER) {
            throw BusinessException.of("partnership.notAProvider");
        }
        Partnership partnership = Partnership.requestedByReseller(reseller, provider, actor.actorName(), now());
        persistRefusingSecondOpen(partnership);
        audit(actor, reseller, AuditAction.PARTNERSHIP_REQUESTED, provider, how);
        audit(actor, provider, AuditAction.PARTNERSHIP_REQUESTED, reseller, how);
        notifyAnswering(partnership);
        return partnership.getId();
    }

    private Partner resellerWithMpnId(String mpnId) {
        return em.createQuery("select p from Partner p where p.mpnId = :mpnId", Partner.class)
                .setParameter("mpnId", mpnId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("partnership.mpnId.unknown", "mpnId", mpnId));
    }

    /** Resend: a new link for the provider's pending request; the old one stops working. */
    public PartnershipLink renewLink(long partnershipId) {
        Caller actor = currentUser.require();
        Partnership partnership = lockedOwn(actor, partnershipId);
        if (!partnership.isRequestedBy(actor.getPartner())) {
            throw BusinessException.of("partnership.notFound");
        }
        LinkToken token = LinkToken.generate();
        partnership.replaceLink(token, actor.actorName(), now(), links.partnershipLinks());
        auditTrail.record(actor.actorName(), actor.getPartner().getId(), AuditAction.PARTNERSHIP_LINK_RENEWED,
                partnership.getReseller() == null ? partnership.getInvitedEmail() : partnership.getReseller().nameAndMpnId(),
                Summary.of("validUntil", partnership.getLinkExpiresAt().toLocalDate()));
        return linkOf(partnership, token);
    }

    public void acceptLink(@NotBlank String token) {
        Caller actor = currentUser.require();
        accept(actor, lockedByLink(token));
    }

    /** Declines a provider's request by its link; the reason, if any, is shown to the provider. */
    public void declineLink(@NotBlank String token, @Size(max = 500, message = "{partnerhub.size.max}") String reason) {
        Caller actor = currentUser.require();
        decline(actor, lockedByLink(token), reason);
    }

    /** Accepts a request the other side made, from the caller's own list of pending requests. */
    public void accept(long partnershipId) {
        Caller actor = currentUser.require();
        accept(actor, lockedOwn(actor, partnershipId));
    }

    /** Declines a request the other side made; the reason, if any, is shown to that side. */
    public void decline(long partnershipId, @Size(max = 500, message = "{partnerhub.size.max}") String reason) {
        Caller actor = currentUser.require();
        decline(actor, lockedOwn(actor, partnershipId), reason);
    }

    /** Withdraws the caller's own pending request. */
    public void revoke(long partnershipId) {
        Caller actor = currentUser.require();
        Partnership partnership = lockedOwn(actor, partnershipId);
        partnership.revoke(actor.getPartner(), actor.actorName(), now());
        auditBothSides(actor, partnership, AuditAction.PARTNERSHIP_REVOKED, null);
    }

    /** Ends an active partnership; customers, relationships and delegated admin privileges stay. */
    public void end(long partnershipId, @Size(max = 500, message = "{partnerhub.size.max}") String reason) {
        Caller actor = currentUser.require();
        Partnership partnership = lockedOwn(actor, partnershipId);
        partnership.end(actor.getPartner(), actor.actorName(), now(), reason);
        auditBothSides(actor, partnership, AuditAction.PARTNERSHIP_ENDED,
                partnership.getEndReason() == null ? null : Summary.of("reason", partnership.getEndReason()));
    }

    private void accept(Caller actor, Partnership partnership) {
        partnership.accept(actor.getPartner(), actor.actorName(), now());
        try {
            em.flush(); // a request by email takes its reseller now: the pair may be open already
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw BusinessException.of("partnership.alreadyOpen");
            }
            throw e;
        }
        auditBothSides(actor, partnership, AuditAction.PARTNERSHIP_ACCEPTED, null);
        notifyAsking(partnership, NotificationKind.PARTNERSHIP_ACCEPTED, Summary.of("partner", partnership.answering().nameAndMpnId()));
    }

    private void decline(Caller actor, Partnership partnership, String reason) {
        partnership.decline(actor.getPartner(), actor.actorName(), now(), reason);
        auditBothSides(actor, partnership, AuditAction.PARTNERSHIP_DECLINED,
                partnership.getEndReason() == null ? null : Summary.of("reason", partnership.getEndReason()));
        Summary declined = Summary.of("partner", partnership.answering().nameAndMpnId());
        notifyAsking(partnership, NotificationKind.PARTNERSHIP_DECLINED,
                partnership.getEndReason() == null ? declined : declined.and("reason", partnership.getEndReason()));
    }

    /** The side that answers a new request learns of it where it answers (a request by email has no side yet). */
    private void notifyAnswering(Partnership partnership) {
        Partner answering = partnership.answering();
        notifications.toAdmins(answering, NotificationKind.PARTNERSHIP_REQUEST_RECEIVED,
                Summary.of("partner", partnership.asking().nameAndMpnId()), pageOf(answering));
    }

    private void notifyAsking(Partnership partnership, NotificationKind kind, Summary what) {
        Partner asking = partnership.asking();
        notifications.toAdmins(asking, kind, what, pageOf(asking));
    }

    /** Where a partner sees its partnerships and requests. */
    private static String pageOf(Partner partner) {
        return partner.getType() == PartnerType.INDIRECT_PROVIDER ? "/partnership/indirect-resellers.xhtml"
                : "/partnership/indirect-providers.xhtml";
    }

    /** The partnership behind a link, locked; an unknown token is a mistyped, tampered or replaced link. */
    private Partnership lockedByLink(String token) {
        return em.createQuery("select p from Partnership p where p.linkHash = :hash", Partnership.class)
                .setParameter("hash", LinkToken.hashOf(token.trim()))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("partnership.link.unknown"));
    }

    /** One of the caller's partnerships, locked; another pair's is "not found". */
    private Partnership lockedOwn(Caller actor, long partnershipId) {
        Partnership partnership = em.find(Partnership.class, partnershipId, LockModeType.PESSIMISTIC_WRITE);
        if (partnership == null || !partnership.isSide(actor.getPartner())) {
            throw BusinessException.of("partnership.notFound");
        }
        return partnership;
    }

    /** The check first for a clear message; the unique open pair decides a race between two requests. */
    private void persistRefusingSecondOpen(Partnership partnership) {
        Long open = partnership.getReseller() == null ? 0L : em.createQuery("""
                        select count(p) from Partnership p
                        where p.provider = :provider and p.reseller = :reseller
                          and p.status in (org.partnerhub.partnership.PartnershipStatus.PENDING,
                                           org.partnerhub.partnership.PartnershipStatus.ACTIVE)""", Long.class)
                .setParameter("provider", partnership.getProvider())
                .setParameter("reseller", partnership.getReseller())
                .getSingleResult();
        if (open > 0) {
            throw BusinessException.of("partnership.alreadyOpen");
        }
        em.persist(partnership);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueViolation.causes(e)) {
                throw BusinessException.of("partnership.alreadyOpen");
            }
            throw e;
        }
    }

    private static PartnershipLink linkOf(Partnership partnership, LinkToken token) {
        if (partnership.getReseller() == null) {
            // By email: no reseller to name yet; the email goes to the address, in the provider's language.
            return new PartnershipLink(partnership.getId(), null, partnership.getInvitedEmail(),
                    partnership.getProvider().profile().defaultLanguage(), partnership.getProvider().getName(), token,
                    partnership.getLinkExpiresAt());
        }
        var reseller = partnership.getReseller().profile();
        String to = partnership.getInvitedEmail() != null ? partnership.getInvitedEmail() : reseller.contactEmail();
        return new PartnershipLink(partnership.getId(), reseller.name(), to,
                reseller.defaultLanguage(), partnership.getProvider().getName(), token, partnership.getLinkExpiresAt());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    /** Each side keeps the event in its own activity, named after the other side. */
    private void auditBothSides(Caller actor, Partnership partnership, AuditAction action, Summary summary) {
        if (partnership.getReseller() == null) {
            // A request by email that nobody answered yet: only the provider has it.
            auditTrail.record(actor.actorName(), partnership.getProvider().getId(), action,
                    partnership.getInvitedEmail(), summary);
            return;
        }
        audit(actor, partnership.getProvider(), action, partnership.getReseller(), summary);
        audit(actor, partnership.getReseller(), action, partnership.getProvider(), summary);
    }

    private void audit(Caller actor, Partner keptBy, AuditAction action, Partner other, Summary summary) {
        auditTrail.record(actor.actorName(), keptBy.getId(), action, other.nameAndMpnId(), summary);
    }
}
