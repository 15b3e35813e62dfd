package org.partnerhub.referral;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.partner.Partner;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.relationship.InvitationLink;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.relationship.RelationshipInvitationService;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.Offer;

/**
 * Working leads: recording one (kept, or referred by a provider to a partnered reseller),
 * answering one referred to the caller, and moving it through contacted to won or lost. Global
 * admins, Admin agents and Sales agents work leads; Helpdesk agents only read them
 * ({@link ReferralQueries}). Every change locks the lead's row first, so two people answering
 * the same lead at once answer it once: the second finds it answered.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
public class ReferralService {

    /** Who works leads, and so who hears of one received or answered. */
    static final Set<PartnerRole> WORKERS =
            EnumSet.of(PartnerRole.GLOBAL_ADMIN, PartnerRole.ADMIN_AGENT, PartnerRole.SALES_AGENT);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Notifications notifications;

    @Inject
    ActivePartnerships activePartnerships;

    @EJB
    CurrentUser currentUser;

    @EJB
    RelationshipInvitationService invitations;

    /**
     * Records a lead: kept by the caller when {@code referToResellerId} is null, else referred to
     * that partnered reseller (the caller must be an indirect provider), which must accept it.
     */
    public long create(@NotNull @Valid NewReferral details, Long referToResellerId) {
        Caller actor = currentUser.require();
        Referral referral = recorded(actor, details);
        if (referToResellerId != null) {
            refer(actor, referral, referToResellerId);
        }
        return referral.getId();
    }

    /** The lead as written, kept by the caller and audited (every way in goes through create). */
    Referral recorded(Caller actor, NewReferral details) {
        Partner me = actor.getPartner();
        Referral referral = new Referral(me, details, offer(details.getOfferId()), actor.actorName(), now());
        em.persist(referral);
        em.flush();
        auditTrail.record(actor, AuditAction.REFERRAL_CREATED, referral.auditTarget(), created(referral));
        return referral;
    }

    /** A kept lead, or one a reseller declined, to one of the provider's partnered resellers. */
    public void refer(long referralId, long resellerId) {
        Caller actor = currentUser.require();
        refer(actor, locked(actor, referralId), resellerId);
    }

    private void refer(Caller actor, Referral referral, long resellerId) {
        Partner me = actor.getPartner();
        referral.requireReferrer(me);
        Partner reseller = activePartnerships.reseller(me.getId(), resellerId, "referTo");
        referral.referTo(me, reseller, now());
        Summary to = Summary.of("referredTo", reseller.nameAndMpnId());
        auditTrail.record(actor, AuditAction.REFERRAL_REFERRED, referral.auditTarget(), to);
        auditTrail.record(actor.actorName(), reseller.getId(), AuditAction.REFERRAL_REFERRED,
                referral.auditTarget(), Summary.of("referredBy", me.nameAndMpnId()));
        notifications.toRoles(reseller, WORKERS, NotificationKind.REFERRAL_RECEIVED,
                Summary.of("referral", referral.getCompanyName()).and("referredBy", me.nameAndMpnId()),
                page(referral));
    }

    /** The provider takes back a lead its reseller declined, to work it itself. */
    public void keep(long referralId) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.keep(actor.getPartner(), now());
        auditTrail.record(actor, AuditAction.REFERRAL_KEPT, referral.auditTarget(), null);
    }

    public void accept(long referralId) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.accept(actor.getPartner(), now());
        answered(actor, referral, AuditAction.REFERRAL_ACCEPTED, NotificationKind.REFERRAL_ACCEPTED, null);
    }

    /** Declines a lead referred to the caller; the reason, if any, is shown to the provider. */
    public void decline(long referralId, @Size(max = Referral.REASON_LENGTH, message = "{partnerhub.size.max}") String reason) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.decline(actor.getPartner(), reason, now());
        answered(actor, referral, AuditAction.REFERRAL_DECLINED, NotificationKind.REFERRAL_DECLINED,
                referral.getDeclineReason());
    }

    /** Both sides keep the answer in their activity, and the provider's lead workers hear of it. */
    private void answered(Caller actor, Referral referral, AuditAction action, NotificationKind kind, String reason) {
        Partner owner = referral.getOwner();
        Partner reseller = actor.getPartner();
        Summary by = Summary.of("referredBy", owner.nameAndMpnId());
        auditTrail.record(actor, action, referral.auditTarget(), reason == null ? by : by.and("reason", reason));
        Summary answer = Summary.of("answeredBy", reseller.nameAndMpnId());
        auditTrail.record(actor.actorName(), owner.getId(), action, referral.auditTarget(),
                reason == null ? answer : answer.and("reason", reason));
        Summary what = Summary.of("referral", referral.getCompanyName()).and("answeredBy", reseller.nameAndMpnId());
        notifications.toRoles(owner, WORKERS, kind, reason == null ? what : what.and("reason", reason), page(referral));
    }

    public void markContacted(long referralId) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.markContacted(actor.getPartner(), now());
        auditTrail.record(actor, AuditAction.REFERRAL_CONTACTED, referral.auditTarget(), null);
    }

    /** Won: the assignee adds the customer next (the wizard, prefilled), which links it to the lead. */
    public void markWon(long referralId) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.markWon(actor.getPartner(), now());
        auditTrail.record(actor, AuditAction.REFERRAL_WON, referral.auditTarget(), null);
    }

    public void markLost(long referralId, @Size(max = Referral.REASON_LENGTH, message = "{partnerhub.size.max}") String reason) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.markLost(actor.getPartner(), reason, now());
        auditTrail.record(actor, AuditAction.REFERRAL_LOST, referral.auditTarget(),
                referral.getLostReason() == null ? null : Summary.of("reason", referral.getLostReason()));
    }

    /**
     * Won, and the customer already has an account with the vendor: the reseller relationship
     * request goes to the lead's contact (or the address given) in this language, and the
     * customer that accepts it becomes the lead's. The link comes back once, for the email.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public InvitationLink inviteCustomer(long referralId, @NotNull Language language, Long jointProviderId,
            String recipient) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        InvitationLink link = invitations.invite(language, jointProviderId,
                recipient == null || recipient.isBlank() ? referral.getContactEmail() : recipient);
        referral.invitedWith(actor.getPartner(), em.find(RelationshipInvitation.class, link.invitationId()), now());
        auditTrail.record(actor, AuditAction.REFERRAL_CUSTOMER_INVITED, referral.auditTarget(),
                Summary.of("invitation", link.invitationId()));
        return link;
    }

    /** The assignee's own notes on the lead, which the referring provider never sees. */
    public void writeNote(long referralId, @Size(max = Referral.NOTE_LENGTH, message = "{partnerhub.size.max}") String text) {
        Caller actor = currentUser.require();
        Referral referral = locked(actor, referralId);
        referral.writeNote(actor.getPartner(), text, now());
        auditTrail.record(actor, AuditAction.REFERRAL_NOTE_WRITTEN, referral.auditTarget(), null);
    }

    /** One of the caller's leads (worked or owned), locked; another partner's is "not found". */
    private Referral locked(Caller actor, long referralId) {
        Referral referral = em.find(Referral.class, referralId, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || !referral.isVisibleTo(actor.getPartner())) {
            throw BusinessException.of("referral.notFound");
        }
        return referral;
    }

    /** An offer of the catalog that is still sold; anything else is refused next to the field. */
    private Offer offer(Long offerId) {
        if (offerId == null) {
            return null;
        }
        Offer offer = em.find(Offer.class, offerId);
        if (offer == null || offer.isWithdrawn()) {
            throw new BusinessException("referral.offer.unknown", "offerId");
        }
        return offer;
    }

    private static Summary created(Referral referral) {
        Summary summary = Summary.of("contact", referral.getContactFirstName() + " " + referral.getContactLastName());
        return referral.getSource() == null ? summary : summary.and("source", referral.getSource());
    }

    /** Where a lead is read and acted on. */
    static String page(Referral referral) {
        return "/referral/referral.xhtml?id=" + referral.getId();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
