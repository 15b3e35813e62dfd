package org.partnerhub.identity;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.partner.Partner;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.security.Roles;
import org.partnerhub.security.SignInThrottle;
import org.partnerhub.security.TemporaryPassword;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;

/** The signed-in partner's own users: list, add, change roles, deactivate; and one's own language. */
@Stateless
@DenyAll
public class PartnerUserService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @EJB
    CurrentUser currentUser;

    @Inject
    PasswordHashing hashing;

    @Inject
    SignInThrottle throttle;

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public Me me() {
        PartnerUser me = currentUser.requireUser();
        Partner partner = me.getPartner();
        return new Me(me.getEmail(), me.getDisplayName(), me.getRoles(), me.getPreferredLanguage(),
                partner.getId(), partner.getName(), partner.getType());
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public void rememberLanguage(@NotNull Language language) {
        currentUser.requireUser().preferLanguage(language);
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public List<PartnerUserRow> listUsers() {
        List<PartnerUser> list = em.createQuery("""
                        select u from PartnerUser u
                        where u.partner.id = :partner
                        order by u.active desc, u.displayName, u.email""", PartnerUser.class)
                .setParameter("partner", currentUser.partnerId())
                .getResultList();
        Set<String> locked = throttle.lockedAmong(list.stream().map(PartnerUser::getEmail).toList(), now());
        return list.stream()
                .map(user -> PartnerUserRow.of(user, locked.contains(user.getEmail())))
                .toList();
    }

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public NewUserCredentials addUser(@NotNull @Valid NewPartnerUser newUser) {
        PartnerUser admin = currentUser.requireUser();
        String email = PartnerUser.normalizedEmail(newUser.getEmail());
        if (emailTaken(email)) {
            throw new BusinessException("user.email.taken", "email");
        }
        TemporaryPassword password = TemporaryPassword.generate();
        PartnerUser user = new PartnerUser(admin.getPartner(), email, newUser.getDisplayName(),
                newUser.getRoles(), newUser.getPreferredLanguage(), hashing.hash(password.value().toCharArray()));
        em.persist(user);
        auditTrail.record(admin, AuditAction.USER_ADDED, email, Summary.of("roles", Summary.words("role.", new TreeSet<>(user.getRoles()))));
        return new NewUserCredentials(email, password);
    }

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void changeRoles(long userId, @NotNull Set<PartnerRole> roles) {
        PartnerUser admin = currentUser.requireUser();
        PartnerUser user = userOfMyPartner(admin, userId);
        Set<PartnerRole> before = new TreeSet<>(user.getRoles());
        user.changeRoles(roles, otherActiveGlobalAdmins(user));
        auditTrail.record(admin, AuditAction.ROLES_CHANGED, user.getEmail(), Summary.of("rolesChanged",
                Summary.words("role.", before), Summary.words("role.", new TreeSet<>(user.getRoles()))));
    }

    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void deactivate(long userId) {
        PartnerUser admin = currentUser.requireUser();
        PartnerUser user = userOfMyPartner(admin, userId);
        user.deactivate(otherActiveGlobalAdmins(user));
        auditTrail.record(admin, AuditAction.USER_DEACTIVATED, user.getEmail(), null);
    }

    /** Lets a user who is locked after too many failed sign-ins try again at once. */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void unlock(long userId) {
        PartnerUser admin = currentUser.requireUser();
        PartnerUser user = userOfMyPartner(admin, userId);
        if (throttle.unlock(user.getEmail(), now())) {
            auditTrail.record(admin, AuditAction.USER_UNLOCKED, user.getEmail(), null);
        }
    }

    /** Another partner's user is reported as not found: its existence is none of the caller's business. */
    private PartnerUser userOfMyPartner(PartnerUser admin, long userId) {
        PartnerUser user = em.find(PartnerUser.class, userId);
        if (user == null || !user.getPartner().getId().equals(admin.getPartner().getId())) {
            throw BusinessException.of("user.notFound");
        }
        return user;
    }

    /**
     * Counted under a lock on the partner row, so two admins removing each other at the same
     * moment cannot both succeed and leave the partner without a Global admin.
     */
    private long otherActiveGlobalAdmins(PartnerUser user) {
        em.lock(user.getPartner(), LockModeType.PESSIMISTIC_WRITE);
        return em.createQuery("""
                        select count(u) from PartnerUser u join u.roles r
                        where u.partner.id = :partner and u.active = true and r = :role and u.id <> :user""",
                        Long.class)
                .setParameter("partner", user.getPartner().getId())
                .setParameter("role", PartnerRole.GLOBAL_ADMIN)
                .setParameter("user", user.getId())
                .getSingleResult();
    }

    private boolean emailTaken(String email) {
        return !em.createQuery("select u.id from PartnerUser u where u.email = :email", Long.class)
                .setParameter("email", email)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

}
