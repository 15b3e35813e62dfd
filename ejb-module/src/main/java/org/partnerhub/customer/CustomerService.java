package org.partnerhub.customer;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.Customer;
import org.partnerhub.account.DomainPrefixes;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.AuditTrail;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.identity.Caller;
import org.partnerhub.identity.CurrentUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partnership.ActivePartnerships;
import org.partnerhub.relationship.ActiveRelationships;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.referral.ReferralCustomers;
import org.partnerhub.security.Roles;
import org.partnerhub.security.TemporaryPassword;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.subscription.CustomerSubscriptions;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.OrderPlacement;
import org.partnerhub.subscription.PartnerOfRecord;

/**
 * What a partner does to its customers: add one with its first order, update its account,
 * remove the relationship. Every method acts only through the caller's active relationship
 * with the customer; any other customer is "not found".
 */
@Stateless
@DenyAll
public class CustomerService {

    @PersistenceContext
    EntityManager em;

    @Inject
    DomainPrefixes domainPrefixes;

    @Inject
    CustomerSubscriptions customerSubscriptions;

    @Inject
    OrderPlacement orderPlacement;

    @Inject
    PartnerOfRecord partnerOfRecord;

    @Inject
    ActivePartnerships activePartnerships;

    @Inject
    ActiveRelationships activeRelationships;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReferralCustomers referralCustomers;

    @EJB
    CurrentUser currentUser;

    @Inject
    PasswordHashing hashing;

    /**
     * Creates, in one transaction, the customer, the caller's relationship with delegated admin
     * privileges, the order with one subscription per line, and the customer's admin user.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    public NewCustomerCredentials addCustomer(@NotNull @Valid NewCustomer details,
            @NotEmpty(message = "{partnerhub.order.empty}") List<@NotNull @Valid OrderLine> lines) {
        return onboard(details, lines);
    }

    /**
     * The same without a first order: what Partner Center's API does (its callers order
     * separately). The new-customer wizard always asks for one.
     */
    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.SALES_AGENT})
    public NewCustomerCredentials addCustomer(@NotNull @Valid NewCustomer details) {
        return onboard(details, List.of());
    }

    private NewCustomerCredentials onboard(NewCustomer details, List<OrderLine> lines) {
        Caller actor = currentUser.require();
        Partner me = actor.getPartner();
        Customer customer = new Customer(details);
        domainPrefixes.refuseTaken(customer);
        Partner reseller = details.getIndirectResellerId() == null ? null
                : activePartnerships.reseller(me.getId(), details.getIndirectResellerId(), "indirectReseller");
        Partner provider = details.getIndirectProviderId() == null ? null
                : activePartnerships.provider(me.getId(), details.getIndirectProviderId(), "indirectProvider");
        if (!lines.isEmpty()) {
            // Refused before anything is written: a reseller's first order needs its provider.
            partnerOfRecord.needsProvider(me, details.getIndirectProviderId(), "indirectProvider");
        }
        em.persist(customer);
        // At once: any later query would flush the row itself, and a prefix that another
        // submission took meanwhile would end in an exception instead of "taken".
        domainPrefixes.flushRefusingTaken(customer);
        em.persist(new ResellerRelationship(me, customer, true, actor.actorName()));
        // The partnered side acts for the customer too, with delegated admin privileges: the
        // reseller a provider adds it for (credited with what it buys), or the provider a
        // reseller adds it with (which buys what the reseller orders).
        Partner partnered = reseller != null ? reseller : provider;
        if (partnered != null) {
            em.persist(new ResellerRelationship(partnered, customer, true, actor.actorName()));
        }
        if (details.getReferralId() != null) {
            referralCustomers.link(actor, details.getReferralId(), customer);
        }
        Summary summary = null;
        if (!lines.isEmpty()) {
            // The provider was checked above and serves the new customer from the line before.
            PartnerOfRecord.Buyer buyer = provider == null ? new PartnerOfRecord.Buyer(me, reseller)
                    : new PartnerOfRecord.Buyer(provider, me);
            orderPlacement.place(buyer.partnerOfRecord(), customer, actor.actorName(), lines, buyer.credited());
            summary = OrderPlacement.summary(lines, buyer.credited());
        }

        TemporaryPassword password = TemporaryPassword.generate();
        CustomerUser admin = CustomerUser.firstAdmin(customer, hashing.hash(password.value().toCharArray()));
        em.persist(admin);
        domainPrefixes.flushRefusingTaken(customer);

        Summary created = Summary.of("customer", customer.getCompanyName());
        if (reseller != null) {
            created = created.and("forReseller", reseller.nameAndMpnId());
        }
        if (provider != null) {
            created = created.and("withProvider", provider.nameAndMpnId());
        }
        AuditTarget about = AuditTarget.customer(customer.getId(), customer.domain());
        auditTrail.record(actor, AuditAction.CUSTOMER_CREATED, about, created);
        if (summary != null) {
            auditTrail.record(actor, AuditAction.ORDER_SUBMITTED, about, summary);
        }
        if (provider != null) {
            // The provider learns of a customer it now serves, and of what it bought for it.
            auditTrail.record(actor.actorName(), provider.getId(), AuditAction.CUSTOMER_CREATED, about,
                    Summary.of("customer", customer.getCompanyName()).and("addedByReseller", me.nameAndMpnId()));
            if (summary != null) {
                auditTrail.record(actor.actorName(), provider.getId(), AuditAction.ORDER_SUBMITTED, about,
                        summary.and("orderedThroughYou", me.getName()));
            }
        }
        return new NewCustomerCredentials(customer.getId(), customer.getCompanyName(), admin.getUserName(), password);
    }

    @RolesAllowed({Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT})
    public void updateAccountInfo(long customerId, @NotNull @Valid AccountInfo info) {
        Caller actor = currentUser.require();
        Customer customer = activeRelationship(actor, customerId).getCustomer();
        if (customer.getVersion() != info.getVersion()) {
            throw BusinessException.of("customer.changedMeanwhile");
        }
        customer.updateAccountInfo(info);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw BusinessException.of("customer.changedMeanwhile");
        }
        // Every partner's list sorts the customer by the copy on its relationship.
        em.createQuery("update ResellerRelationship r set r.customerNameKey = :key where r.customer = :customer")
                .setParameter("key", customer.getCompanyNameKey())
                .setParameter("customer", customer)
                .executeUpdate();
        auditTrail.record(actor, AuditAction.ACCOUNT_UPDATED, AuditTarget.customer(customer.getId(), customer.domain()),
                Summary.of("customer", customer.getCompanyName()));
    }

    /**
     * Ends the caller's relationship with the customer. Refused while the customer has active
     * subscriptions bought through this partner. Delegated admin privileges are left exactly
     * as they were, and nothing is sent to the customer: the partner gives any notice itself.
     */
    @RolesAllowed(Roles.GLOBAL_ADMIN)
    public void removeRelationship(long customerId, @NotNull @Valid RelationshipRemoval removal) {
        Caller actor = currentUser.require();
        ResellerRelationship relationship = activeRelationship(actor, customerId);
        int blockers = customerSubscriptions.activeThrough(actor.getPartner().getId(), customerId).size();
        if (blockers > 0) {
            throw new BusinessException("relationship.activeSubscriptions", null, blockers);
        }
        relationship.remove(actor.actorName(), removal.getReason());
        auditTrail.record(actor, AuditAction.RELATIONSHIP_REMOVED,
                AuditTarget.customer(customerId, relationship.getCustomer().domain()),
                Summary.of(relationship.hasDelegatedAdmin() ? "relationshipRemoved.adminKept" : "relationshipRemoved",
                        removal.getReason().trim()));
    }

    private ResellerRelationship activeRelationship(Caller actor, long customerId) {
        return activeRelationships.of(actor.getPartner().getId(), customerId);
    }

}
