package org.partnerhub.customer;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerhub.account.Customer;
import org.partnerhub.account.DomainPrefixes;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CurrentCustomerAdmin;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.partner.Partner;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.referral.ReferralCustomers;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.InvitationView;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.Roles;
import org.partnerhub.security.SignInThrottle;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.CountedRefusal;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

/**
 * The customer's side of an invitation, for whoever holds the link: see who invites, accept
 * as an existing customer (signing in with a customer admin user) or as a new one (its details
 * and its own admin password), or decline. The invitation's row is locked first, so a link is
 * answered once; everything an acceptance makes is made in one transaction.
 */
@Stateless
@DenyAll
public class CustomerAcceptanceService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainPrefixes domainPrefixes;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Notifications notifications;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    @Inject
    ReferralCustomers referralCustomers;

    @EJB
    CurrentCustomerAdmin currentCustomerAdmin;

    /** Who invites; refused, changing nothing, for a link that cannot be answered. */
    @PermitAll
    public InvitationView invitation(@NotBlank String token) {
        RelationshipInvitation invitation = byLink(token, false);
        invitation.checkOpen(now());
        Partner partner = invitation.getPartner();
        Partner provider = invitation.getProvider();
        return new InvitationView(partner.getName(), partner.getMpnId(), provider == null ? null : provider.getName(),
                provider == null ? null : provider.getMpnId(), invitation.getLanguage(), invitation.getExpiresAt(),
                invitation.getForCustomer() != null);
    }

    /**
     * The language the partner invited in, for whatever the link's page says, a refusal
     * included; empty for a link that leads to no invitation.
     */
    @PermitAll
    public Optional<Language> languageOf(@NotBlank String token) {
        return em.createQuery("select i.language from RelationshipInvitation i where i.linkHash = :hash", Language.class)
                .setParameter("hash", LinkToken.hashOf(token.trim()))
                .getResultStream().findFirst();
    }

    /**
     * Accepts for the customer whose admin user signs in here. A wrong user name and a wrong
     * password get the same answer, so the page tells nobody which customers exist.
     */
    @PermitAll
    public long acceptAsExistingCustomer(@NotBlank String token, @NotBlank String adminUserName,
            @NotNull char[] password) {
        RelationshipInvitation invitation = byLink(token, true);
        invitation.checkOpen(now());
        // Counted per account only: a valid link must never be refused for other people's mistakes.
        SignInThrottle.Attempt attempt = throttle.begin(adminUserName, null, now());
        if (attempt.isLocked()) {
            hashing.verifyDecoy(password);
            throw new CountedRefusal("signIn.locked", "password", attempt.minutesToWait());
        }
        CustomerUser admin = em.createQuery("select u from CustomerUser u join fetch u.customer where u.userName = :name",
                        CustomerUser.class)
                .setParameter("name", adminUserName.trim().toLowerCase())
                .getResultStream().findFirst().orElse(null);
        // Unknown, blocked and non-admin users all cost one hash check, as a wrong password does.
        boolean signedIn = admin == null ? hashing.verifyDecoy(password) : admin.isAdministratorWith(password, hashing);
        if (!signedIn) {
            boolean lockedNow = attempt.failed();
            if (admin != null) {
                auditTrail.record(admin.getUserName(), invitation.getPartner().getId(), AuditAction.SIGN_IN_FAILED,
                        AuditTarget.named(admin.getUserName()).withCustomer(admin.getCustomer().getId()),
                        Summary.of("invitation", invitation.getId()));
            }
            throw lockedNow ? new CountedRefusal("signIn.locked", "password", attempt.minutesToWait())
                    : new CountedRefusal("invitation.signIn.failed", "password");
        }
        attempt.succeeded();
        connect(invitation, admin.getCustomer(), admin.getUserName());
        return admin.getCustomer().getId();
    }

    /** Accepts for a new customer: its account, as when a partner adds one, and its own admin password. */
    @PermitAll
    public long acceptAsNewCustomer(@NotBlank String token, @NotNull @Valid NewCustomer details,
            @NotNull @Size(min = 12, max = 128, message = "{partnerhub.password.length}") String adminPassword) {
        RelationshipInvitation invitation = byLink(token, true);
        invitation.checkOpen(now());
        if (invitation.getForCustomer() != null) {
            throw BusinessException.of("invitation.otherCustomer");
        }
        if (details.getIndirectResellerId() != null || details.getIndirectProviderId() != null) {
            throw BusinessException.of("invitation.notForPartners");
        }
        Customer customer = new Customer(details);
        domainPrefixes.refuseTaken(customer);
        em.persist(customer);
        domainPrefixes.flushRefusingTaken(customer); // at once, before any query flushes it unguarded
        CustomerUser admin = CustomerUser.firstAdmin(customer, hashing.hash(adminPassword.toCharArray()));
        em.persist(admin);
        domainPrefixes.flushRefusingTaken(customer);
        connect(invitation, customer, admin.getUserName());
        return customer.getId();
    }

    /** Accepts an invitation meant for the signed-in admin's customer, from its customer area. */
    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public void acceptInCustomerArea(long invitationId) {
        CustomerUser admin = currentCustomerAdmin.require();
        RelationshipInvitation invitation = meantFor(admin, invitationId);
        invitation.checkOpen(now());
        connect(invitation, admin.getCustomer(), admin.getUserName());
    }

    @RolesAllowed(Roles.CUSTOMER_ADMIN)
    public void declineInCustomerArea(long invitationId) {
        CustomerUser admin = currentCustomerAdmin.require();
        RelationshipInvitation invitation = meantFor(admin, invitationId);
        invitation.decline(admin.getUserName(), now());
        auditTrail.record(admin.getUserName(), invitation.getPartner().getId(), AuditAction.INVITATION_DECLINED,
                AuditTarget.customer(admin.getCustomer().getId(), admin.getCustomer().domain()),
                Summary.of("invitation", invitation.getId()));
        notifyDeclined(invitation, Summary.of("customer", admin.getCustomer().getCompanyName()));
    }

    private RelationshipInvitation meantFor(CustomerUser admin, long invitationId) {
        RelationshipInvitation invitation = em.find(RelationshipInvitation.class, invitationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null || invitation.getForCustomer() == null
                || !invitation.getForCustomer().getId().equals(admin.getCustomer().getId())) {
            throw BusinessException.of("invitation.notFound");
        }
        return invitation;
    }

    @PermitAll
    public void decline(@NotBlank String token) {
        RelationshipInvitation invitation = byLink(token, true);
        invitation.decline(null, now());
        Customer former = invitation.getForCustomer();
        auditTrail.record(AuditTrail.CUSTOMER_THROUGH_LINK, invitation.getPartner().getId(),
                AuditAction.INVITATION_DECLINED,
                former == null ? AuditTarget.named(null) : AuditTarget.customer(former.getId(), former.domain()),
                Summary.of("invitation", invitation.getId()));
        notifyDeclined(invitation, Summary.of("invitation", invitation.getId()));
    }

    private void notifyDeclined(RelationshipInvitation invitation, Summary what) {
        notifications.toAdmins(invitation.getPartner(), NotificationKind.INVITATION_DECLINED,
                invitation.getRecipient() == null ? what : what.and("sentTo", invitation.getRecipient()),
                "/relationship/invitations.xhtml");
    }

    /**
     * The relationships the invitation asks for, with delegated admin privileges: the inviting
     * partner's and, for a joint invitation, its provider's, which must still be its partner.
     * A partner that already acts for the customer keeps the relationship it has.
     */
    private void connect(RelationshipInvitation invitation, Customer customer, String byUserName) {
        invitation.accepted(customer, byUserName, now()); // first: it refuses the wrong customer before anything is made
        referralCustomers.invitationAccepted(invitation, customer, byUserName);
        List<Partner> partners = new ArrayList<>(List.of(invitation.getPartner()));
        if (invitation.getProvider() != null) {
            partners.add(activePartnerships.provider(invitation.getPartner().getId(),
                    invitation.getProvider().getId(), null));
        }
        for (Partner partner : partners) {
            boolean established = activeRelationships.exists(partner.getId(), customer.getId());
            if (!established) {
                em.persist(new ResellerRelationship(partner, customer, true, byUserName));
            }
            auditTrail.record(byUserName, partner.getId(), AuditAction.INVITATION_ACCEPTED,
                    AuditTarget.customer(customer.getId(), customer.domain()),
                    Summary.of(established ? "invitationAccepted.already" : "invitationAccepted", customer.getCompanyName()));
            notifications.toAdmins(partner, NotificationKind.INVITATION_ACCEPTED,
                    Summary.of("customer", customer.getCompanyName()), "/customer/account.xhtml?customer=" + customer.getId());
        }
    }

    /** The invitation behind a link, locked when it is to be answered; an unknown token is a mistyped or replaced link. */
    private RelationshipInvitation byLink(String token, boolean toAnswer) {
        // No fetch joins: PostgreSQL locks no row on the nullable side of an outer join.
        var query = em.createQuery("select i from RelationshipInvitation i where i.linkHash = :hash",
                        RelationshipInvitation.class)
                .setParameter("hash", LinkToken.hashOf(token.trim()));
        if (toAnswer) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst().orElseThrow(() -> BusinessException.of("invitation.link.unknown"));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
