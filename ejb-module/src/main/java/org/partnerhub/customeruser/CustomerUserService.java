package org.partnerhub.customeruser;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.account.Customer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.adminrelationship.AdminPrivileges;
import org.partnerhub.adminrelationship.AdminTask;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.Roles;
import org.partnerhub.security.TemporaryPassword;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Continuations;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.shared.TranslatedText;
import org.partnerhub.shared.UniqueViolation;
import org.partnerhub.subscription.Subscription;
import org.partnerhub.subscription.SubscriptionStatus;

/**
 * A customer's users as its partners manage them, through their delegated admin privileges:
 * list and search (every role), add, block, delete and assign licenses (Global admins and
 * Admin agents), reset passwords (Helpdesk agents too). A new or reset password is shown once
 * and only its hash is kept. A subscription never has more licenses assigned than it has.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
public class CustomerUserService {

    public static final int MAX_PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AdminPrivileges adminPrivileges;

    @Inject
    AuditTrail auditTrail;

    @Inject
    LicenseAssignments licenseAssignments;

    @Inject
    Continuations continuations;

    @EJB
    CurrentUser currentUser;

    @Inject
    PasswordHashing hashing;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public List<CustomerUserRow> users(long customerId, @NotNull CustomerUserSearch search, @Min(0) int first,
            @Min(1) @Max(MAX_PAGE) int max) {
        activeRelationships.of(currentUser.partnerId(), customerId);
        List<CustomerUser> users = em.createQuery("""
                        select u from CustomerUser u where u.customer.id = :customer
                          and (u.userName like :text escape '\\' or u.displayNameKey like :text escape '\\')
                        order by u.userName""", CustomerUser.class)
                .setParameter("customer", customerId)
                .setParameter("text", search.pattern())
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        Map<Long, List<TranslatedText>> licenses = new HashMap<>();
        if (!users.isEmpty()) {
            em.createQuery("""
                            select a.user.id, o.name, o.namePtBr, o.nameEs
                            from LicenseAssignment a join a.subscription s join s.offer o
                            where a.user in :users order by o.name""", Object[].class)
                    .setParameter("users", users)
                    .getResultList()
                    .forEach(row -> licenses.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                            .add(new TranslatedText((String) row[1], (String) row[2], (String) row[3])));
        }
        return users.stream().map(u -> u.toRow().withLicenses(licenses.getOrDefault(u.getId(), List.of()))).toList();
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public long count(long customerId, @NotNull CustomerUserSearch search) {
        activeRelationships.of(currentUser.partnerId(), customerId);
        return em.createQuery("""
                        select count(u) from CustomerUser u where u.customer.id = :customer
                          and (u.userName like :text escape '\\' or u.displayNameKey like :text escape '\\')""",
                        Long.class)
                .setParameter("customer", customerId)
                .setParameter("text", search.pattern())
                .getSingleResult();
    }

    /** Adds a user with a temporary password, shown once. */
    public NewUserCredentials add(long customerId, @NotNull @Valid NewCustomerUser details) {
        Caller actor = currentUser.require();
        Customer customer = adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.MANAGE_USERS).getCustomer();
        TemporaryPassword password = TemporaryPassword.generate();
        CustomerUser user = newUser(customer, details, hashing.hash(password.value().toCharArray()));
        audit(actor, AuditAction.CUSTOMER_USER_ADDED, customer,
                Summary.of(details.isAdministrator() ? "customerUser.admin" : "customerUser", user.getUserName()));
        return new NewUserCredentials(user.getUserName(), password);
    }

    /**
     * Adds a user with the password its caller chose (the API: Partner Center's callers send
     * one); the password is never shown back. Returns the new user.
     */
    public CustomerUserRow add(long customerId, @NotNull @Valid NewCustomerUser details, @NotNull String password) {
        Caller actor = currentUser.require();
        Customer customer = adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.MANAGE_USERS).getCustomer();
        CustomerUser user = newUser(customer, details, hashing.hash(checkedPassword(password)));
        audit(actor, AuditAction.CUSTOMER_USER_ADDED, customer,
                Summary.of(details.isAdministrator() ? "customerUser.admin" : "customerUser", user.getUserName()));
        return user.toRow();
    }

    /** One user of the customer, without its licenses. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public CustomerUserRow user(long customerId, long userId) {
        return userOf(activeRelationships.of(currentUser.partnerId(), customerId), userId).toRow();
    }

    /**
     * One page of the customer's users by id, from where the continuation says the last page
     * ended (none: from the first): the API's pages, which cost the same wherever they start.
     * The continuation names its customer; one of another customer or partner, or a changed
     * one, is refused.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public KeysetPage<CustomerUserRow> page(long customerId, String continuation, @Min(1) @Max(KeysetPage.MAX_SIZE) int size) {
        long partnerId = currentUser.partnerId();
        activeRelationships.of(partnerId, customerId);
        long afterId = 0;
        if (continuation != null) {
            afterId = Long.parseLong(continuations.resume(continuation, partnerId + ":" + customerId, 1).get(0));
        }
        return continuations.page(em.createQuery("select u from CustomerUser u where u.customer.id = :customer"
                        + " and u.id > :after order by u.id", CustomerUser.class)
                .setParameter("customer", customerId)
                .setParameter("after", afterId)
                .setMaxResults(size + 1)
                .getResultList().stream().map(CustomerUser::toRow).toList(), size, partnerId + ":" + customerId,
                last -> List.of(String.valueOf(last.id())));
    }

    /** Sets the password its caller chose; the old one stops working. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.HELPDESK_AGENT})
    public CustomerUserRow setPassword(long customerId, long userId, @NotNull String password) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.RESET_PASSWORDS), userId);
        user.resetPassword(hashing.hash(checkedPassword(password)));
        audit(actor, AuditAction.CUSTOMER_USER_PASSWORD_RESET, user.getCustomer(),
                Summary.of("customerUser", user.getUserName()));
        return user.toRow();
    }

    /** At least 8 characters, at most 256, as a directory's users' passwords are. */
    private static char[] checkedPassword(String password) {
        if (password.length() < 8 || password.length() > 256) {
            throw new BusinessException("customerUser.password.length", "password");
        }
        return password.toCharArray();
    }

    /** A new temporary password, shown once; the old one stops working. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.HELPDESK_AGENT})
    public NewUserCredentials resetPassword(long customerId, long userId) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.RESET_PASSWORDS), userId);
        TemporaryPassword password = TemporaryPassword.generate();
        user.resetPassword(hashing.hash(password.value().toCharArray()));
        audit(actor, AuditAction.CUSTOMER_USER_PASSWORD_RESET, user.getCustomer(),
                Summary.of("customerUser", user.getUserName()));
        return new NewUserCredentials(user.getUserName(), password);
    }

    public void block(long customerId, long userId, boolean block) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.MANAGE_USERS), userId);
        if (block) {
            refuseLastAdmin(user);
        }
        user.block(block);
        audit(actor, block ? AuditAction.CUSTOMER_USER_BLOCKED : AuditAction.CUSTOMER_USER_UNBLOCKED,
                user.getCustomer(), Summary.of("customerUser", user.getUserName()));
    }

    /** Deletes the user and frees its licenses. */
    public void delete(long customerId, long userId) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.MANAGE_USERS), userId);
        refuseLastAdmin(user);
        int freed = em.createQuery("delete from LicenseAssignment a where a.user = :user")
                .setParameter("user", user).executeUpdate();
        em.remove(user);
        audit(actor, AuditAction.CUSTOMER_USER_DELETED, user.getCustomer(),
                Summary.of("customerUser.deleted", user.getUserName(), freed));
    }

    /** Gives the user one of the subscription's licenses, if one is free. */
    public void assignLicense(long customerId, long userId, long subscriptionId) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.ASSIGN_LICENSES), userId);
        Subscription subscription = lockedSubscription(customerId, subscriptionId);
        if (subscription.knownStatus() != SubscriptionStatus.ACTIVE) {
            throw new BusinessException("license.subscriptionNotActive", "subscription", subscription.getOffer().getNames());
        }
        if (em.find(LicenseAssignment.class, new LicenseAssignment.Key(user.getId(), subscription.getId())) != null) {
            return;
        }
        if (licenseAssignments.of(subscription.getId()) >= subscription.getLicenses()) {
            throw new BusinessException("license.noneFree", "subscription", subscription.getOffer().getNames(),
                    subscription.getLicenses());
        }
        em.persist(new LicenseAssignment(user, subscription, actor.actorName(), LocalDateTime.now(ZoneOffset.UTC)));
        audit(actor, AuditAction.LICENSE_ASSIGNED, user.getCustomer(),
                Summary.of("customerUser.license", user.getUserName(), subscription.getOffer().getName()));
    }

    public void removeLicense(long customerId, long userId, long subscriptionId) {
        Caller actor = currentUser.require();
        CustomerUser user = userOf(adminPrivileges.require(actor.getPartner().getId(), customerId, AdminTask.ASSIGN_LICENSES), userId);
        LicenseAssignment assignment = em.find(LicenseAssignment.class, new LicenseAssignment.Key(userId, subscriptionId));
        if (assignment != null) {
            em.remove(assignment);
            audit(actor, AuditAction.LICENSE_REMOVED, user.getCustomer(),
                    Summary.of("customerUser.licenseRemoved", user.getUserName(), subscriptionId));
        }
    }

    /** How many of the subscription's licenses users hold. */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public List<LicenseUse> licenseUse(long customerId, long userId) {
        CustomerUser user = userOf(activeRelationships.of(currentUser.partnerId(), customerId), userId);
        List<Long> held = em.createQuery("select a.subscription.id from LicenseAssignment a where a.user = :user", Long.class)
                .setParameter("user", user).getResultList();
        return em.createQuery("""
                        select s.id, o.name, o.namePtBr, o.nameEs, s.licenses,
                               (select count(a) from LicenseAssignment a where a.subscription = s)
                        from Subscription s join s.offer o
                        where s.customer.id = :customer and s.status = 'ACTIVE' order by o.name, s.id""", Object[].class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(row -> new LicenseUse((Long) row[0], new TranslatedText((String) row[1], (String) row[2], (String) row[3]),
                        (Integer) row[4], ((Number) row[5]).intValue(), held.contains((Long) row[0])))
                .toList();
    }

    /** Persists a new user of the customer, refusing a user name that is taken. */
    private CustomerUser newUser(Customer customer, NewCustomerUser details, String passwordHash) {
        String userName = details.getUserName() + "@" + customer.domain();
        if (!em.createQuery("select u.id from CustomerUser u where u.userName = :name", Long.class)
                .setParameter("name", userName).setMaxResults(1).getResultList().isEmpty()) {
            throw new BusinessException("customerUser.userName.taken", "userName", userName);
        }
        CustomerUser user = CustomerUser.of(customer, details, passwordHash);
        em.persist(user);
        try {
            em.flush();
        } catch (RuntimeException e) {
            if (UniqueViolation.causes(e)) {
                throw new BusinessException("customerUser.userName.taken", "userName", userName);
            }
            throw e;
        }
        return user;
    }

    private CustomerUser userOf(ResellerRelationship relationship, long userId) {
        CustomerUser user = em.find(CustomerUser.class, userId);
        if (user == null || !user.getCustomer().getId().equals(relationship.getCustomer().getId())) {
            throw BusinessException.of("customerUser.notFound");
        }
        return user;
    }

    /**
     * The subscription, locked, its version raised: two assignments at once cannot both take
     * its last free license, and a license decrease running at the same time is told to reload.
     */
    private Subscription lockedSubscription(long customerId, long subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        if (subscription == null || subscription.getCustomer().getId() != customerId) {
            throw new BusinessException("subscription.notFound", "subscription");
        }
        return subscription;
    }

    /** The customer keeps at least one administrator who can sign in. */
    private void refuseLastAdmin(CustomerUser user) {
        if (!user.isAdministrator() || user.isBlocked()) {
            return;
        }
        long admins = em.createQuery("""
                        select count(u) from CustomerUser u
                        where u.customer = :customer and u.administrator = true and u.blocked = false""", Long.class)
                .setParameter("customer", user.getCustomer())
                .getSingleResult();
        if (admins <= 1) {
            throw BusinessException.of("customerUser.lastAdmin");
        }
    }

    private void audit(Caller actor, AuditAction action, Customer customer, Summary summary) {
        auditTrail.record(actor, action, AuditTarget.customer(customer.getId(), customer.domain()), summary);
    }
}
