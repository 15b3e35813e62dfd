package org.partnerhub.relationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.shared.NewestFirst;
import org.partnerhub.shared.PeriodSettings;

/**
 * A partner's invitations to customers: send one (jointly with its provider, for an indirect
 * reseller), send it again with a new link, revoke it, list them. A partner sees only its own.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class RelationshipInvitationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @EJB
    PeriodSettings links;

    @Inject
    Continuations continuations;

    /**
     * A new invitation in the customer's language; with a provider id, a joint one. The
     * recipient is the address the partner writes to, kept for its list; it may be left out.
     */
    public InvitationLink invite(@NotNull Language language, Long jointProviderId,
            @Email(message = "{partnerhub.email.invalid}") @Size(max = 254, message = "{partnerhub.size.max}") String recipient) {
        return invite(currentUser.require(), language, jointProviderId, recipient, null);
    }

    /**
     * An invitation to re-establish a removed relationship: only that former customer's admins
     * can accept it; accepting makes a new relationship, so the history keeps both periods.
     */
    public InvitationLink inviteFormerCustomer(@NotNull Language language, Long jointProviderId, long customerId,
            @Email(message = "{partnerhub.email.invalid}") @Size(max = 254, message = "{partnerhub.size.max}") String recipient) {
        Caller actor = currentUser.require();
        long partnerId = actor.getPartner().getId();
        if (activeRelationships.exists(partnerId, customerId)) {
            throw BusinessException.of("invitation.alreadyCustomer");
        }
        Customer former = em.createQuery("""
                        select r.customer from ResellerRelationship r
                        where r.partner.id = :partner and r.customer.id = :customer""", Customer.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("customer.notFound"));
        return invite(actor, language, jointProviderId, recipient, former);
    }

    /** Customers the partner served and no longer does: those it may invite to re-establish. */
    public List<FormerCustomerRow> formerCustomers() {
        return em.createQuery("""
                        select new org.partnerhub.relationship.FormerCustomerRow(c.id, c.companyName, c.domainPrefix,
                               max(r.removedAt))
                        from ResellerRelationship r join r.customer c
                        where r.partner.id = :partner
                          and r.status = org.partnerhub.relationship.RelationshipStatus.REMOVED
                          and not exists (select a.id from ResellerRelationship a
                                          where a.partner = r.partner and a.customer = c
                                            and %s)
                        group by c.id, c.companyName, c.domainPrefix
                        order by max(r.removedAt) desc""".formatted(ActiveRelationships.condition("a")), FormerCustomerRow.class)
                .setParameter("partner", currentUser.partnerId())
                .setMaxResults(500)
                .getResultList();
    }

    private InvitationLink invite(Caller actor, Language language, Long jointProviderId, String recipient,
            Customer former) {
        Partner partner = actor.getPartner();
        if (jointProviderId != null && partner.getType() != PartnerType.INDIRECT_RESELLER) {
            throw BusinessException.of("invitation.joint.onlyResellers");
        }
        Partner provider = jointProviderId == null ? null
                : activePartnerships.provider(partner.getId(), jointProviderId, "jointProvider");
        LinkToken token = LinkToken.generate();
        RelationshipInvitation invitation = new RelationshipInvitation(partner, provider, language, recipient,
                actor.actorName(), now(), token, links.invitationLinks());
        if (former != null) {
            invitation.onlyFor(former);
        }
        em.persist(invitation);
        em.flush();
        Summary summary = Summary.of("invitation", invitation.getId());
        if (provider != null) {
            summary = summary.and("jointlyWith", provider.nameAndMpnId());
        }
        if (former != null) {
            summary = summary.and("reEstablishing", former.domain());
        }
        audit(actor, AuditAction.RELATIONSHIP_INVITED, invitation, summary);
        return linkOf(invitation, token);
    }

    /** A new link for an open (or expired) invitation; the old link stops working. */
    public InvitationLink resend(long invitationId) {
        Caller actor = currentUser.require();
        RelationshipInvitation invitation = lockedOwn(actor, invitationId);
        LinkToken token = LinkToken.generate();
        invitation.replaceLink(token, now(), links.invitationLinks());
        audit(actor, AuditAction.INVITATION_RESENT, invitation, Summary.of("invitation", invitation.getId())
                .and("validUntil", invitation.getExpiresAt().toLocalDate()));
        return linkOf(invitation, token);
    }

    public void revoke(long invitationId) {
        Caller actor = currentUser.require();
        RelationshipInvitation invitation = lockedOwn(actor, invitationId);
        invitation.revoke(actor.actorName(), now());
        audit(actor, AuditAction.INVITATION_REVOKED, invitation, Summary.of("invitation", invitation.getId()));
    }

    /**
     * The partner's invitations, newest first, a page at a time by (created at, id), from where
     * the continuation says the last page ended.
     */
    public KeysetPage<InvitationRow> page(String continuation, @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        long partnerId = currentUser.partnerId();
        NewestFirst from = NewestFirst.resume(continuations, continuation, String.valueOf(partnerId), List.of());
        TypedQuery<RelationshipInvitation> query = em.createQuery("select i from RelationshipInvitation i"
                        + " left join fetch i.provider left join fetch i.customer left join fetch i.forCustomer"
                        + " where i.partner.id = :partner" + from.after("i.createdAt", "i.id")
                        + " order by i.createdAt desc, i.id desc", RelationshipInvitation.class)
                .setParameter("partner", partnerId);
        LocalDateTime now = now();
        return from.page(from.bind(query, size).getResultList().stream().map(i -> InvitationRow.of(i, now)).toList(),
                size, InvitationRow::createdAt, InvitationRow::id);
    }

    /** One of the partner's invitations; another partner's is "not found". */
    public InvitationRow invitation(long invitationId) {
        RelationshipInvitation invitation = em.find(RelationshipInvitation.class, invitationId);
        if (invitation == null || !invitation.isSentBy(currentUser.partnerId())) {
            throw BusinessException.of("invitation.notFound");
        }
        return InvitationRow.of(invitation, now());
    }

    private RelationshipInvitation lockedOwn(Caller actor, long invitationId) {
        RelationshipInvitation invitation = em.find(RelationshipInvitation.class, invitationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || !invitation.isSentBy(actor.getPartner().getId())) {
            throw BusinessException.of("invitation.notFound");
        }
        return invitation;
    }

    private static InvitationLink linkOf(RelationshipInvitation invitation, LinkToken token) {
        return new InvitationLink(invitation.getId(), invitation.getPartner().getName(),
                invitation.getProvider() == null ? null : invitation.getProvider().getName(), invitation.getLanguage(),
                token, invitation.getExpiresAt(), invitation.getForCustomer() != null, invitation.getRecipient());
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private void audit(Caller actor, AuditAction action, RelationshipInvitation invitation, Summary summary) {
        Customer former = invitation.getForCustomer();
        AuditTarget target = AuditTarget.named(invitation.getRecipient() != null ? invitation.getRecipient()
                : former == null ? null : former.domain());
        auditTrail.record(actor, action, former == null ? target : target.withCustomer(former.getId()), summary);
    }
}
