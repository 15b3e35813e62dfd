package org.partnerhub.it.data;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.account.Customer;
import org.partnerhub.account.NewCustomer;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEvent;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.OldAuditEvents;
import org.partnerhub.audit.Summary;
import org.partnerhub.customeruser.CustomerUser;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.identity.ApiClient;
import org.partnerhub.identity.ApiClientCredentials;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUser;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.partnership.Partnership;
import org.partnerhub.relationship.RelationshipInvitation;
import org.partnerhub.relationship.ResellerRelationship;
import org.partnerhub.security.FailedSignIns;
import org.partnerhub.security.PasswordHashing;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;
import org.partnerhub.subscription.CustomerOrder;
import org.partnerhub.subscription.Offer;
import org.partnerhub.subscription.Subscription;

/**
 * Test-only, added to the EJB jar (where the persistence unit is) of the EAR under test: data the pages cannot make quickly or at all yet, written straight through JPA
 * (thousands of customers; a customer whose subscriptions were bought through another partner).
 */
@Stateless
@PermitAll
public class TestData {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    OldAuditEvents oldAuditEvents;

    /** A new partner organisation: the application has no sign-up page that could make one yet. */
    public Partner registerPartner(PartnerType type, ProfileChange profile) {
        Partner partner = new Partner(type, profile);
        em.persist(partner);
        em.flush(); // the audit event refers to the partner by its id only: the partner row goes first
        em.persist(new AuditEvent(null, partner.getId(), AuditAction.PARTNER_REGISTERED, partner.getName(),
                Summary.of("partnerRegistered", Summary.word("partnerType." + type.name()), partner.getMpnId())));
        return partner;
    }

    /**
     * The clock of the sign-in throttle, moved on for one account: its window and its lock (if
     * any) are over, as they will be {@link FailedSignIns#LOCK} after the last failure.
     */
    public void endFailedSignInWindow(String signInName) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String key = FailedSignIns.accountKey(signInName);
        em.createQuery("update FailedSignIns f set f.windowStart = :start where f.key = :key")
                .setParameter("start", now.minus(FailedSignIns.WINDOW).minusMinutes(1))
                .setParameter("key", key)
                .executeUpdate();
        em.createQuery("update FailedSignIns f set f.lockedUntil = :over where f.key = :key and f.lockedUntil is not null")
                .setParameter("over", now.minusSeconds(1))
                .setParameter("key", key)
                .executeUpdate();
    }

    /** A user of the partner with a password the test knows, unlike the temporary one the Users page gives. */
    public void addUser(long partnerId, NewPartnerUser user, char[] password) {
        PartnerUser created = new PartnerUser(em.find(Partner.class, partnerId), user.getEmail(), user.getDisplayName(),
                user.getRoles(), user.getPreferredLanguage(), hashing.hash(password));
        em.persist(created);
        em.persist(new AuditEvent(null, partnerId, AuditAction.USER_ADDED, created.getEmail(),
                Summary.of("roles", Summary.words("role.", created.getRoles()))));
    }

    /** A customer of the partner, with an active relationship and no subscription at all. */
    public Customer customerOf(long partnerId, String companyName) {
        Customer customer = new Customer(details(companyName, "it-" + UUID.randomUUID().toString().substring(0, 18)));
        em.persist(customer);
        em.persist(new ResellerRelationship(em.find(Partner.class, partnerId), customer, true, "it@partnerhub.example"));
        return customer;
    }

    /** A customer of the partner that never granted it delegated admin privileges. */
    public long customerWithoutDelegation(long partnerId, String companyName) {
        Customer customer = new Customer(details(companyName, "it-" + UUID.randomUUID().toString().substring(0, 18)));
        em.persist(customer);
        em.persist(new ResellerRelationship(em.find(Partner.class, partnerId), customer, false, "it@partnerhub.example"));
        em.flush();
        return customer.getId();
    }

    /**
     * Moves an admin relationship's dates this many days into the past, as if it had been asked
     * for (and answered) that much earlier: how the tests reach its end without waiting.
     */
    public void backdateAdminRelationship(long relationshipId, int days) {
        Object[] row = (Object[]) em.createNativeQuery("select requested_at, link_expires_at, answered_at, ends_at"
                + " from admin_relationship where id = ?").setParameter(1, relationshipId).getSingleResult();
        em.createNativeQuery("update admin_relationship set requested_at = ?, link_expires_at = ? where id = ?")
                .setParameter(1, earlier(row[0], days)).setParameter(2, earlier(row[1], days))
                .setParameter(3, relationshipId)
                .executeUpdate();
        if (row[2] != null) {
            em.createNativeQuery("update admin_relationship set answered_at = ?, ends_at = ? where id = ?")
                    .setParameter(1, earlier(row[2], days)).setParameter(2, earlier(row[3], days))
                    .setParameter(3, relationshipId)
                    .executeUpdate();
        }
        em.getEntityManagerFactory().getCache().evictAll();
    }

    private static java.sql.Timestamp earlier(Object stored, int days) {
        LocalDateTime time = stored instanceof java.sql.Timestamp timestamp ? timestamp.toLocalDateTime()
                : (LocalDateTime) stored;
        return java.sql.Timestamp.valueOf(time.minusDays(days));
    }

    /** The customer's first admin user, signing in with this password; returns its user name. */
    public String customerAdmin(long customerId, String password) {
        CustomerUser admin = CustomerUser.firstAdmin(em.find(Customer.class, customerId), hashing.hash(password.toCharArray()));
        em.persist(admin);
        return admin.getUserName();
    }

    /** An active subscription of the customer, bought through the partner. */
    public long subscription(long partnerId, long customerId, long offerId, int licenses) {
        CustomerOrder order = new CustomerOrder(em.find(Partner.class, partnerId), em.find(Customer.class, customerId),
                "it@partnerhub.example");
        em.persist(order);
        var subscription = order.subscribe(em.find(Offer.class, offerId), licenses);
        em.persist(subscription);
        return subscription.getId();
    }

    /** Moves a subscription's purchase (or last increase) this many days into the past. */
    public void backdateLicenseChange(long subscriptionId, int days) {
        em.createNativeQuery("update subscription set licenses_changed_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(days))
                .setParameter(2, subscriptionId)
                .executeUpdate();
    }

    /** Moves the day a lead was recorded this many days into the past: how a list's age filter is reached. */
    public void backdateReferral(long referralId, int days) {
        em.createNativeQuery("update referral set created_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(days))
                .setParameter(2, referralId)
                .executeUpdate();
    }

    /** Makes a transfer request one that expired yesterday. */
    public void expireTransfer(long transferId) {
        em.createNativeQuery("update subscription_transfer set expires_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1))
                .setParameter(2, transferId)
                .executeUpdate();
    }

    /** Gives a subscription a status code, known or not, as a newer version might have stored it. */
    public void statusCode(long subscriptionId, String code) {
        em.createNativeQuery("update subscription set status = ? where id = ?")
                .setParameter(1, code)
                .setParameter(2, subscriptionId)
                .executeUpdate();
    }

    /** Many customers for one partner in one transaction, named "<prefix> 00001" and so on. */
    public void customersOf(long partnerId, String namePrefix, int count) {
        Partner partner = em.find(Partner.class, partnerId);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= count; i++) {
            Customer customer = new Customer(details(String.format("%s %05d", namePrefix, i),
                    String.format("b%s-%05d", tag, i)));
            em.persist(customer);
            em.persist(new ResellerRelationship(partner, customer, false, "it@partnerhub.example"));
            if (i % 500 == 0) {
                em.flush();
                em.clear();
                partner = em.find(Partner.class, partnerId);
            }
        }
    }

    /** Another partner's active relationship, with delegated admin privileges, with an existing customer. */
    public void relationship(long partnerId, long customerId) {
        em.persist(new ResellerRelationship(em.find(Partner.class, partnerId), em.find(Customer.class, customerId), true, "it@partnerhub.example"));
    }

    /** An active subscription bought through the provider and credited to the reseller. */
    public void creditedSubscription(long providerId, long customerId, long resellerId, long offerId) {
        CustomerOrder order = new CustomerOrder(em.find(Partner.class, providerId), em.find(Customer.class, customerId),
                "it@partnerhub.example");
        em.persist(order);
        Subscription subscription = order.subscribe(em.find(Offer.class, offerId), 10);
        subscription.creditTo(em.find(Partner.class, resellerId));
        em.persist(subscription);
    }

    /** An active partnership, as if the provider had asked and the reseller accepted. */
    public void partnership(long providerId, long resellerId) {
        Partner provider = em.find(Partner.class, providerId);
        Partner reseller = em.find(Partner.class, resellerId);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Partnership partnership = Partnership.requestedByProvider(provider, reseller, "it@partnerhub.example", now,
                LinkToken.generate(), Duration.ofDays(1));
        partnership.accept(reseller, "it@partnerhub.example", now);
        em.persist(partnership);
    }

    /** The statuses of the partner's relationships with the customer, oldest first: its history. */
    public java.util.List<String> relationshipHistory(long partnerId, long customerId) {
        return em.createQuery("""
                        select r.status from ResellerRelationship r
                        where r.partner.id = :partner and r.customer.id = :customer order by r.since, r.id""",
                        org.partnerhub.relationship.RelationshipStatus.class)
                .setParameter("partner", partnerId)
                .setParameter("customer", customerId)
                .getResultList().stream().map(String::valueOf).toList();
    }

    /** Pending invitations of one partner, a minute apart, made by it-1@partnerhub.example (the newest) and on. */
    public void invitations(long partnerId, int count) {
        Partner partner = em.find(Partner.class, partnerId);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (int i = 1; i <= count; i++) {
            em.persist(new RelationshipInvitation(partner, null, Language.EN, null, "it-" + i + "@partnerhub.example",
                    now.minusMinutes(i), LinkToken.generate(), Duration.ofDays(30)));
        }
    }

    /** A pending invitation of the partner whose link stays valid for this many more days; returns its id. */
    public long invitationValidFor(long partnerId, int days) {
        RelationshipInvitation invitation = new RelationshipInvitation(em.find(Partner.class, partnerId), null, Language.EN,
                null, "it@partnerhub.example", LocalDateTime.now(ZoneOffset.UTC), LinkToken.generate(),
                Duration.ofDays(days));
        em.persist(invitation);
        em.flush();
        return invitation.getId();
    }

    /** Makes an invitation's link one that expired yesterday. */
    public void expireInvitation(long invitationId) {
        em.createNativeQuery("update relationship_invitation set expires_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1))
                .setParameter(2, invitationId)
                .executeUpdate();
    }

    /** What the database holds for a request's link: for checking it is only a hash. */
    public String storedLinkOf(long partnershipId) {
        return (String) em.createNativeQuery("select link_hash from partnership where id = ?")
                .setParameter(1, partnershipId)
                .getSingleResult();
    }

    /** Makes a request's link one that expired yesterday. */
    public void expireLink(long partnershipId) {
        em.createNativeQuery("update partnership set link_expires_at = ? where id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(1))
                .setParameter(2, partnershipId)
                .executeUpdate();
    }

    /** Users of the customer named user01@… upwards, the last an administrator; they cannot sign in. */
    public void customerUsers(long customerId, int count) {
        Customer customer = em.find(Customer.class, customerId);
        for (int i = 1; i <= count; i++) {
            NewCustomerUser details = new NewCustomerUser();
            details.setUserName(String.format("user%02d", i));
            details.setFirstName("User");
            details.setLastName("No " + i);
            details.setUsageLocation("US");
            details.setAdministrator(i == count);
            em.persist(CustomerUser.of(customer, details, "no-hash"));
        }
    }

    /** An API client of the partner, registered as a Global admin would: its id and secret, once. */
    public ApiClientCredentials apiClient(long partnerId, PartnerRole role) {
        LinkToken secret = LinkToken.generate();
        ApiClient client = new ApiClient(em.find(Partner.class, partnerId), "it client " + role, role, secret,
                "it@partnerhub.example", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC));
        em.persist(client);
        em.flush();
        return new ApiClientCredentials(client.getId(), client.getName(), client.getClientId(), secret);
    }

    /** Every token of the client has expired, as it will have an hour after it was issued. */
    public void expireApiTokens(String clientId) {
        em.createQuery("update ApiToken t set t.expiresAt = :past where t.client.clientId = :clientId")
                .setParameter("past", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1))
                .setParameter("clientId", clientId)
                .executeUpdate();
    }

    public long partnerIdOf(String mpnId) {
        return em.createQuery("select p.id from Partner p where p.mpnId = :mpnId", Long.class)
                .setParameter("mpnId", mpnId)
                .getSingleResult();
    }

    /** What the database holds for a customer user's password: for checking it is only a hash. */
    public String storedPasswordOf(String userName) {
        return (String) em.createNativeQuery("select password_hash from customer_user where user_name = ?")
                .setParameter(1, userName)
                .getSingleResult();
    }

    /** What the database holds for an import's result file: for checking it is sealed. */
    public String storedResultOf(long importId) {
        return (String) em.createNativeQuery("select sealed from import_result where import_id = ?")
                .setParameter(1, importId)
                .getSingleResult();
    }

    /**
     * An import running on a server of its own (not this one), whose lease holds until
     * {@code leaseUntil}: in the past, the lease of a server that is gone.
     */
    public long importRunningElsewhere(long partnerId, long customerId, LocalDateTime leaseUntil) {
        // Below zero: never an id the sequence hands out (H2 and PostgreSQL name their next value differently).
        long id = -java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 1L << 50);
        em.createNativeQuery("""
                        insert into user_import (id, version, customer_id, partner_id, created_by, created_at, file_name,
                          file_rows, rows_to_import, processed, status, runner, lease_until)
                        values (?, 1, ?, ?, 'it@partnerhub.example', ?, 'elsewhere.csv', 1, 1, 0, 'RUNNING',
                          'another-server', ?)""")
                .setParameter(1, id)
                .setParameter(2, customerId)
                .setParameter(3, partnerId)
                .setParameter(4, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(5, leaseUntil)
                .executeUpdate();
        return id;
    }

    /** Status, delegated admin flag and removal reason of the partner's relationship, as stored. */
    public java.util.List<String> relationshipOf(long partnerId, long customerId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        select status, delegated_admin, removal_reason from reseller_relationship
                        where partner_id = ? and customer_id = ?""")
                .setParameter(1, partnerId)
                .setParameter(2, customerId)
                .getSingleResult();
        return java.util.List.of(String.valueOf(row[0]), String.valueOf(row[1]), String.valueOf(row[2]));
    }

    /**
     * An event in the partner's log as a service records it, at the given time (UTC; now when
     * null): how a test has a log of its own with known times, old events among them. Returns its id.
     */
    public long auditEvent(long partnerId, String actor, AuditAction action, AuditTarget target, Summary summary,
            LocalDateTime at) {
        AuditEvent event = new AuditEvent(actor, partnerId, action, target, summary);
        em.persist(event);
        em.flush();
        long id = ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(event)).longValue();
        if (at != null) {
            em.createNativeQuery("update audit_event set occurred_at = ? where id = ?")
                    .setParameter(1, java.sql.Timestamp.valueOf(at))
                    .setParameter(2, id)
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evict(AuditEvent.class);
        }
        return id;
    }

    /** An event about one of the partner's customers, now, summarised by the customer's name as services do. */
    public long auditEventAbout(long partnerId, String actor, AuditAction action, long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return auditEvent(partnerId, actor, action, AuditTarget.customer(customerId, customer.domain()),
                Summary.of("customer", customer.getCompanyName()), null);
    }

    /** Many such events in one transaction: a log longer than a page of the database. */
    public void auditEventsAbout(long partnerId, String actor, AuditAction action, long customerId, int count) {
        Customer customer = em.find(Customer.class, customerId);
        for (int i = 0; i < count; i++) {
            em.persist(new AuditEvent(actor, partnerId, action, AuditTarget.customer(customerId, customer.domain()),
                    Summary.of("customer", customer.getCompanyName())));
        }
    }

    /**
     * One batch of the retention's deletion (audit.OldAuditEvents, the timer's own): called from
     * here, the EJB jar, whose persistence unit it uses, rather than from a test in the WAR.
     */
    public int deleteAuditEventsBefore(LocalDateTime before, int max) {
        return oldAuditEvents.delete(before, max);
    }

    /** Whether the audit log still holds the event. */
    public boolean auditEventExists(long eventId) {
        return em.createNativeQuery("select count(*) from audit_event where id = ?").setParameter(1, eventId)
                .getSingleResult() instanceof Number count && count.longValue() == 1;
    }

    public static NewCustomer details(String companyName, String domainPrefix) {
        NewCustomer details = new NewCustomer();
        details.setDomainPrefix(domainPrefix);
        AccountInfo account = details.getAccount();
        account.setCompanyName(companyName);
        account.setAddressLine1("1 Test Street");
        account.setCity("Lisboa");
        account.setCountry("PT");
        account.setContactFirstName("Test");
        account.setContactLastName("Contact");
        account.setContactEmail("contact@" + domainPrefix + ".example");
        account.setLanguage(Language.EN);
        return details;
    }
}
