package org.partnerhub.adminrelationship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
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
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.shared.PeriodSettings;

/**
 * A partner's side of its admin relationships: ask a customer for admin roles (an approval
 * link, with the same rules as an invitation's), see them per customer and those about to end,
 * end one, and give up the legacy delegated admin privilege. Only through an active reseller
 * relationship with the customer; another partner's are "not found".
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class AdminRelationshipService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @EJB
    PeriodSettings links;

    @Inject
    AdminRelationshipSteps steps;

    /** Asks the customer for the roles: the request waits for its admin's approval through the link. */
    public AdminRelationshipLink request(long customerId, @NotNull NewAdminRelationship asked) {
        Caller actor = currentUser.require();
        Customer customer = activeRelationships.of(actor.getPartner().getId(), customerId).getCustomer();
        LinkToken token = LinkToken.generate();
        AdminRelationship relationship = new AdminRelationship(actor.getPartner(), customer, asked.getName(),
                asked.getRoles(), asked.getDurationDays(), asked.isAutoExtend(), actor.actorName(), now(), token,
                links.invitationLinks());
        em.persist(relationship);
        em.flush();
        auditTrail.record(actor, AuditAction.ADMIN_RELATIONSHIP_REQUESTED, about(customer), describe(relationship));
        return new AdminRelationshipLink(relationship.getId(), customer.getCompanyName(), actor.getPartner().getName(),
                token, relationship.getLinkExpiresAt());
    }

    /** The partner's admin relationships with the customer, newest first. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public List<AdminRelationshipRow> ofCustomer(long customerId) {
        long partnerId = currentUser.partnerId();
        activeRelationships.require(partnerId, customerId);
        return steps.rows(partnerId, customerId, now());
    }

    /**
     * The partner's relationships that end within 30 days and will not extend themselves, soonest
     * first, with customers it still serves: what Home warns about.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public List<AdminRelationshipRow> expiringSoon() {
        LocalDateTime now = now();
        return EndingSoon.query(em, "a.partner.id = :partner", now)
                .setParameter("partner", currentUser.partnerId())
                .setMaxResults(100)
                .getResultStream()
                .filter(relationship -> !relationship.isAutoExtend())
                .map(relationship -> AdminRelationshipRow.of(relationship, now))
                .toList();
    }

    /** One of the partner's admin relationships. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public AdminRelationshipRow relationship(long relationshipId) {
        return AdminRelationshipRow.of(own(currentUser.partnerId(), relationshipId, false), now());
    }

    /** Ends an active relationship, or withdraws a request still waiting for the customer. */
    public void terminate(long relationshipId) {
        Caller actor = currentUser.require();
        AdminRelationship relationship = own(actor.getPartner().getId(), relationshipId, true);
        relationship.terminate(actor.actorName(), AdminRelationship.Side.PARTNER, now());
        auditTrail.record(actor, AuditAction.ADMIN_RELATIONSHIP_TERMINATED, about(relationship.getCustomer()),
                describe(relationship).and("endedBy", actor.getPartner().getName()));
    }

    /**
     * Gives up the yes/no delegated admin privilege of the reseller relationship: from now on
     * only the admin relationships' roles allow anything for the customer's users.
     */
    public void removeLegacyPrivileges(long customerId) {
        Caller actor = currentUser.require();
        ResellerRelationship relationship = activeRelationships.of(actor.getPartner().getId(), customerId);
        relationship.removeDelegatedAdmin();
        auditTrail.record(actor, AuditAction.LEGACY_ADMIN_REMOVED, about(relationship.getCustomer()),
                Summary.of("legacyAdminRemoved"));
    }

    private AdminRelationship own(long partnerId, long relationshipId, boolean lock) {
        AdminRelationship relationship = lock
                ? em.find(AdminRelationship.class, relationshipId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AdminRelationship.class, relationshipId);
        if (relationship == null || relationship.getPartner().getId() != partnerId
                || !activeRelationships.exists(partnerId, relationship.getCustomer().getId())) {
            throw BusinessException.of("adminRelationship.notFound");
        }
        return relationship;
    }

    private static AuditTarget about(Customer customer) {
        return AuditTarget.customer(customer.getId(), customer.domain());
    }

    /** What the audit logs say about a relationship: its name, roles and duration. */
    public static Summary describe(AdminRelationship relationship) {
        Summary described = Summary.of("adminRelationship", relationship.getName(),
                Summary.words("adminRole.", relationship.getRoles()), relationship.getDurationDays());
        return relationship.isAutoExtend() ? described.and("autoExtended") : described;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
