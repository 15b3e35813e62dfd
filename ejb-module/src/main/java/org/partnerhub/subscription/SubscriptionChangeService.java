package org.partnerhub.subscription;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.security.Roles;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.PeriodSettings;

/**
 * Changes to a subscription bought through the caller, for a customer it has an active
 * relationship with: licenses, upgrade, suspend, reactivate, cancel. Each takes the version
 * the user saw: if another agent changed the subscription since, the user is told to reload
 * and nothing changes. Every change is audited with its before and after.
 */
@Stateless
@RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
public class SubscriptionChangeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CustomerSubscriptions customerSubscriptions;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AssignedLicenses assignedLicenses;

    @EJB
    CurrentUser currentUser;

    @EJB
    PeriodSettings periods;

    @Resource
    SessionContext session;

    public void changeLicenses(long subscriptionId, long seenVersion, int count) {
        Caller actor = currentUser.require();
        Subscription subscription = mine(actor, subscriptionId, seenVersion);
        int assigned = assignedLicenses.of(subscriptionId);
        int before = subscription.changeLicenses(count, assigned, now(), periods.licenseDecreaseWindow());
        saved(actor, AuditAction.LICENSES_CHANGED, subscription,
                Summary.of("licensesChanged", subscription.getOffer().getName(), before, count));
    }

    /**
     * A subscription of a customer the caller serves (whoever sold it), with what the caller
     * may do with it. Helpdesk agents see it too; they change nothing.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT, Roles.HELPDESK_AGENT})
    public SubscriptionView view(long subscriptionId) {
        long partnerId = currentUser.partnerId();
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !activeRelationships.exists(partnerId, subscription.getCustomer().getId())) {
            throw BusinessException.of("subscription.notFound");
        }
        long customerId = subscription.getCustomer().getId();
        SubscriptionRow row = customerSubscriptions.one(customerId, subscriptionId);
        List<OfferRow> upgrades = em.createQuery("""
                        select t from Offer o join o.upgrades t
                        where o.id = :offer and t.withdrawn = false order by t.name""", Offer.class)
                .setParameter("offer", subscription.getOffer().getId())
                .getResultList().stream().map(Offer::toRow).toList();
        return new SubscriptionView(row, customerId, subscription.getCustomer().getCompanyName(),
                subscription.isBoughtThrough(partnerId), subscription.decreaseAllowedUntil(periods.licenseDecreaseWindow()),
                upgrades, idOf(subscription.getUpgradedFrom()), idOf(subscription.getUpgradedTo()));
    }

    private static Long idOf(Subscription subscription) {
        return subscription == null ? null : subscription.getId();
    }

    /** @return the new subscription's id */
    public long upgrade(long subscriptionId, long seenVersion, long targetOfferId) {
        Caller actor = currentUser.require();
        Subscription subscription = mine(actor, subscriptionId, seenVersion);
        Offer target = em.find(Offer.class, targetOfferId);
        if (target == null || target.isWithdrawn()) {
            throw new BusinessException("order.offer.unknown", "offer");
        }
        CustomerOrder order = new CustomerOrder(subscription.getPartner(), subscription.getCustomer(), actor.actorName());
        em.persist(order);
        Subscription next = subscription.upgradeTo(target, order, actor.actorName(), now());
        em.persist(next);
        saved(actor, AuditAction.SUBSCRIPTION_UPGRADED, subscription, Summary.of("upgraded",
                subscription.getOffer().getName(), target.getName(), subscription.getLicenses()));
        return next.getId();
    }

    /**
     * Several changes as one, as the API's PATCH sends a subscription back: the licenses, then
     * suspending or reactivating (null: leave as it is). All of them or none: a refused part
     * leaves the licenses as they were too. Only Global admins and Admin agents change the status.
     */
    public void change(long subscriptionId, long seenVersion, Integer licenses, Boolean active, @NotNull String reason) {
        if (active != null && !session.isCallerInRole(Roles.GLOBAL_ADMIN) && !session.isCallerInRole(Roles.ADMIN_AGENT)) {
            throw new EJBAccessException("Only Global admins and Admin agents suspend or reactivate a subscription");
        }
        Long version = seenVersion;
        if (licenses != null) {
            changeLicenses(subscriptionId, seenVersion, licenses);
            version = null; // changed by this call itself
        }
        if (active != null) {
            String status = em.find(Subscription.class, subscriptionId).getStatusCode();
            if (active && SubscriptionStatus.SUSPENDED.name().equals(status)) {
                changeStatus(subscriptionId, version, reason, AuditAction.SUBSCRIPTION_REACTIVATED, Subscription::reactivate);
            } else if (!active && SubscriptionStatus.ACTIVE.name().equals(status)) {
                changeStatus(subscriptionId, version, reason, AuditAction.SUBSCRIPTION_SUSPENDED, Subscription::suspend);
            }
        }
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void suspend(long subscriptionId, long seenVersion, @NotNull String reason) {
        changeStatus(subscriptionId, seenVersion, reason, AuditAction.SUBSCRIPTION_SUSPENDED, Subscription::suspend);
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void reactivate(long subscriptionId, long seenVersion, @NotNull String reason) {
        changeStatus(subscriptionId, seenVersion, reason, AuditAction.SUBSCRIPTION_REACTIVATED, Subscription::reactivate);
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void cancel(long subscriptionId, long seenVersion, @NotNull String reason) {
        changeStatus(subscriptionId, seenVersion, reason, AuditAction.SUBSCRIPTION_CANCELLED, Subscription::cancel);
    }

    /** One of the status changes above: who, why, when. */
    @FunctionalInterface
    private interface StatusChange {
        void apply(Subscription subscription, String reason, String by, LocalDateTime now);
    }

    private void changeStatus(long subscriptionId, Long seenVersion, String reason, AuditAction action,
            StatusChange change) {
        Caller actor = currentUser.require();
        Subscription subscription = mine(actor, subscriptionId, seenVersion);
        String before = subscription.getStatusCode();
        change.apply(subscription, reason, actor.actorName(), now());
        saved(actor, action, subscription, Summary.of("statusChanged", subscription.getOffer().getName(),
                Summary.word("subscriptionStatus." + before), Summary.word("subscriptionStatus." + subscription.getStatusCode()),
                reason.trim()));
    }

    /**
     * The subscription, if it was bought through the caller for a customer the caller serves;
     * with a seen version, only if nobody changed it since.
     */
    private Subscription mine(Caller actor, long subscriptionId, Long seenVersion) {
        long partnerId = actor.getPartner().getId();
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        if (subscription == null || !subscription.isBoughtThrough(partnerId)
                || !activeRelationships.exists(partnerId, subscription.getCustomer().getId())) {
            throw BusinessException.of("subscription.notFound");
        }
        if (seenVersion != null && subscription.getVersion() != seenVersion) {
            throw BusinessException.of("subscription.changedMeanwhile");
        }
        return subscription;
    }

    /**
     * Writes the change now, so that an agent who changed the same subscription a moment
     * earlier is caught here (the version column) and this user is told to reload.
     */
    private void saved(Caller actor, AuditAction action, Subscription subscription, Summary summary) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.of("subscription.changedMeanwhile");
        }
        auditTrail.record(actor, action, AuditTarget.customer(subscription.getCustomer().getId(),
                        subscription.getCustomer().domain()).withSubscription(subscription.getId()),
                Summary.of("subscription", subscription.getId()).and(summary));
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
