package org.partnerhub.customerarea;

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
import org.partnerhub.adminrelationship.AdminRelationship;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CurrentCustomerAdmin;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.Notifications;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/**
 * The customer's side of admin relationships, for its signed-in admin: open a partner's
 * approval link and approve or decline it, see every relationship partners hold or asked for,
 * end one. A link meant for another customer is refused; two approvals of one link make one
 * relationship (the row is locked while it is answered).
 */
@Stateless
@RolesAllowed(Roles.CUSTOMER_ADMIN)
public class AdminApprovalService {

    @PersistenceContext
    EntityManager em;

    @EJB
    CurrentCustomerAdmin currentCustomerAdmin;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Notifications notifications;

    /** What the link asks for: partner, roles and duration, before the admin answers. */
    public AdminRelationshipRow byLink(@NotNull String token) {
        return AdminRelationshipRow.of(forMyCustomer(currentCustomerAdmin.require(), token, false), now());
    }

    public AdminRelationshipRow approve(@NotNull String token) {
        CustomerUser admin = currentCustomerAdmin.require();
        AdminRelationship relationship = forMyCustomer(admin, token, true);
        relationship.approve(admin.getUserName(), now());
        audit(admin, AuditAction.ADMIN_RELATIONSHIP_APPROVED, relationship, "approvedByCustomer");
        notify(relationship, NotificationKind.ADMIN_RELATIONSHIP_APPROVED);
        return AdminRelationshipRow.of(relationship, now());
    }

    public void decline(@NotNull String token) {
        CustomerUser admin = currentCustomerAdmin.require();
        AdminRelationship relationship = forMyCustomer(admin, token, true);
        relationship.decline(admin.getUserName(), now());
        audit(admin, AuditAction.ADMIN_RELATIONSHIP_DECLINED, relationship, "declinedByCustomer");
        notify(relationship, NotificationKind.ADMIN_RELATIONSHIP_DECLINED);
    }

    /** Every admin relationship with the customer, any partner's, newest first. */
    public List<AdminRelationshipRow> mine() {
        long customerId = currentCustomerAdmin.require().getCustomer().getId();
        LocalDateTime now = now();
        return em.createQuery("""
                        select a from AdminRelationship a join fetch a.partner join fetch a.customer
                        where a.customer.id = :customer
                        order by a.requestedAt desc, a.id desc""", AdminRelationship.class)
                .setParameter("customer", customerId)
                .setMaxResults(500)
                .getResultStream()
                .peek(relationship -> relationship.applyExtensions(now))
                .map(relationship -> AdminRelationshipRow.of(relationship, now))
                .toList();
    }

    /** The customer ends a partner's admin access. */
    public void terminate(long relationshipId) {
        CustomerUser admin = currentCustomerAdmin.require();
        AdminRelationship relationship = em.find(AdminRelationship.class, relationshipId, LockModeType.PESSIMISTIC_WRITE);
        if (relationship == null || !relationship.getCustomer().getId().equals(admin.getCustomer().getId())) {
            throw BusinessException.of("adminRelationship.notFound");
        }
        relationship.terminate(admin.getUserName(), AdminRelationship.Side.CUSTOMER, now());
        audit(admin, AuditAction.ADMIN_RELATIONSHIP_TERMINATED, relationship, "endedByCustomer");
    }

    private AdminRelationship forMyCustomer(CustomerUser admin, String token, boolean lock) {
        AdminRelationship relationship = em.createQuery(
                        "select a from AdminRelationship a where a.linkHash = :hash", AdminRelationship.class)
                .setParameter("hash", LinkToken.hashOf(token.trim()))
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream().findFirst()
                .orElseThrow(() -> BusinessException.of("adminRelationship.link.unknown"));
        if (!relationship.getCustomer().getId().equals(admin.getCustomer().getId())) {
            throw BusinessException.of("adminRelationship.link.otherCustomer");
        }
        return relationship;
    }

    /** The partner learns the customer's answer on the customer's Admin relationships tab. */
    private void notify(AdminRelationship relationship, NotificationKind kind) {
        notifications.toAdmins(relationship.getPartner(), kind,
                Summary.of("customer", relationship.getCustomer().getCompanyName()).and("relationshipName", relationship.getName()),
                relationship.accountTab());
    }

    /** The partner's audit log keeps the customer's answer, with the customer's admin as actor. */
    private void audit(CustomerUser admin, AuditAction action, AdminRelationship relationship, String answerCode) {
        auditTrail.record(admin.getUserName(), relationship.getPartner().getId(), action,
                AuditTarget.customer(relationship.getCustomer().getId(), relationship.getCustomer().domain()),
                AdminRelationshipService.describe(relationship).and(answerCode));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
