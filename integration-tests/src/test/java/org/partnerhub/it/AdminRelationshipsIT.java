package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.adminrelationship.AdminRelationship;
import org.partnerhub.adminrelationship.AdminRelationshipLink;
import org.partnerhub.adminrelationship.AdminRelationshipRow;
import org.partnerhub.adminrelationship.AdminRelationshipService;
import org.partnerhub.adminrelationship.AdminRelationshipStatus;
import org.partnerhub.adminrelationship.AdminRole;
import org.partnerhub.adminrelationship.ExpiryNotices;
import org.partnerhub.adminrelationship.NewAdminRelationship;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.customer.RelationshipHistoryQueries;
import org.partnerhub.customerarea.AdminApprovalService;
import org.partnerhub.customeruser.CustomerUserSearch;
import org.partnerhub.customeruser.CustomerUserService;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.NotificationRow;
import org.partnerhub.notification.NotificationService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.HistoryEntry;
import org.partnerhub.relationship.HistoryStep;
import org.partnerhub.shared.BusinessException;

/**
 * Granular admin relationships through the services: the lifecycle (requested, approved,
 * expiring, expired, auto-extended, ended by either side; the clock moved by backdating the
 * rows), what each role allows for a customer's users, the legacy grant and its removal, and
 * one relationship from two approvals of one link.
 */
class AdminRelationshipsIT extends InContainerTest {

    // Seeded offer (V2 migration): 2 = Business Standard (1-300).
    private static final long BUSINESS_STANDARD = 2;
    private static final String CUSTOMER_PASSWORD = "Customer-Admin-Secret-1";

    @EJB
    AdminRelationshipService adminRelationships;

    @EJB
    AdminApprovalService approvals;

    @EJB
    CustomerUserService users;

    @EJB
    AuditLogQueries audit;

    @EJB
    TestData testData;

    @EJB
    ExpiryNotices expiryNotices;

    @EJB
    NotificationService notifications;

    @EJB
    RelationshipHistoryQueries history;

    @Test
    void aRequestIsApprovedByTheCustomersAdminRunsItsTimeAndExpires() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerWithoutDelegation(partner.id(), "Granular Ltd");
        String admin = testData.customerAdmin(customer, CUSTOMER_PASSWORD);
        long otherCustomer = testData.customerWithoutDelegation(partner.id(), "Other Granular Ltd");
        String otherAdmin = testData.customerAdmin(otherCustomer, CUSTOMER_PASSWORD);
        fixtures.signInAs(partner.adminEmail());

        assertRefused("adminRelationship.roles.none", "roles", () -> adminRelationships.request(customer,
                new NewAdminRelationship("Support", EnumSet.noneOf(AdminRole.class), 30, false)));
        assertRefused("adminRelationship.duration.outOfRange", "duration", () -> adminRelationships.request(customer,
                new NewAdminRelationship("Support", Set.of(AdminRole.USER_ADMINISTRATOR), 731, false)));
        assertRefused("adminRelationship.autoExtend.globalAdmin", "autoExtend", () -> adminRelationships.request(customer,
                new NewAdminRelationship("Support", Set.of(AdminRole.GLOBAL_ADMINISTRATOR), 30, true)));
        assertEquals(List.of(), adminRelationships.ofCustomer(customer), "the refused requests left nothing");

        AdminRelationshipLink link = adminRelationships.request(customer,
                new NewAdminRelationship("Support", Set.of(AdminRole.USER_ADMINISTRATOR), 40, false));
        assertEquals(AdminRelationshipStatus.PENDING_APPROVAL, adminRelationships.ofCustomer(customer).get(0).status());
        assertEquals(AuditAction.ADMIN_RELATIONSHIP_REQUESTED, lastChange().action());

        fixtures.signInAs(otherAdmin, CUSTOMER_PASSWORD);
        assertRefused("adminRelationship.link.otherCustomer", null, () -> approvals.approve(link.token().value()));
        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        AdminRelationshipRow asked = approvals.byLink(link.token().value());
        assertEquals(partner.name(), asked.partnerName());
        assertEquals(List.of(AdminRole.USER_ADMINISTRATOR), asked.roles());
        assertEquals(AdminRelationshipStatus.ACTIVE, approvals.approve(link.token().value()).status());
        assertRefused("adminRelationship.link.answered", null, () -> approvals.approve(link.token().value()));

        fixtures.signInAs(partner.adminEmail());
        assertEquals(AuditAction.ADMIN_RELATIONSHIP_APPROVED, lastChange().action());
        assertEquals(admin, lastChange().actorEmail());
        assertEquals(List.of(), adminRelationships.expiringSoon().stream().filter(row -> row.customerId() == customer).toList());
        testData.backdateAdminRelationship(link.relationshipId(), 15);
        fixtures.signInAs(partner.adminEmail());
        assertEquals(AdminRelationshipStatus.EXPIRING, adminRelationships.ofCustomer(customer).get(0).status());
        assertEquals(List.of(link.relationshipId()), adminRelationships.expiringSoon().stream()
                .filter(row -> row.customerId() == customer).map(AdminRelationshipRow::id).toList());
        // The partner is told once, in the notification centre, that it ends soon.
        expiryNotices.tellPartners();
        expiryNotices.tellPartners();
        fixtures.signInAs(partner.adminEmail());
        assertEquals(List.of(NotificationKind.ADMIN_RELATIONSHIP_EXPIRING, NotificationKind.ADMIN_RELATIONSHIP_APPROVED),
                notifications.page(null, 10).items().stream().map(NotificationRow::kind).toList());
        assertEquals("/customer/account.xhtml?customer=" + customer + "&tab=3",
                notifications.page(null, 10).items().get(0).link());
        testData.backdateAdminRelationship(link.relationshipId(), 25);
        fixtures.signInAs(partner.adminEmail());
        assertEquals(AdminRelationshipStatus.EXPIRED, adminRelationships.ofCustomer(customer).get(0).status());
        assertRefused("customerUser.noDelegatedAdmin", null, () -> users.add(customer, user("late")));

        // The account page's timeline: the reseller relationship's steps and the admin relationship's, by time.
        List<HistoryEntry> timeline = history.of(customer);
        assertEquals(List.of(HistoryStep.ADMIN_REQUESTED, HistoryStep.ADMIN_APPROVED, HistoryStep.ADMIN_EXPIRED),
                timeline.stream().map(HistoryEntry::step).filter(step -> step.name().startsWith("ADMIN_")).toList());
        assertTrue(timeline.stream().anyMatch(entry -> entry.step() == HistoryStep.ESTABLISHED));
        assertEquals(timeline.stream().sorted(Comparator.comparing(HistoryEntry::at)).toList(), timeline);
        HistoryEntry approved = timeline.stream().filter(entry -> entry.step() == HistoryStep.ADMIN_APPROVED).findFirst().get();
        assertEquals(admin, approved.actor());
        assertEquals("\"Support\": USER_ADMINISTRATOR", approved.detail());
    }

    @Test
    void anAutoExtendingRelationshipOutlivesItsDurationAndEitherSideEndsOne() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerWithoutDelegation(partner.id(), "Extending Ltd");
        String admin = testData.customerAdmin(customer, CUSTOMER_PASSWORD);
        fixtures.signInAs(partner.adminEmail());
        long extending = approved(customer, admin, partner, Set.of(AdminRole.USER_ADMINISTRATOR), 10, true);
        long fixed = approved(customer, admin, partner, Set.of(AdminRole.HELPDESK_ADMINISTRATOR), 100, false);

        testData.backdateAdminRelationship(extending, 12);
        fixtures.signInAs(partner.adminEmail());
        AdminRelationshipRow extended = adminRelationships.relationship(extending);
        assertEquals(AdminRelationshipStatus.ACTIVE, extended.status());
        assertTrue(extended.endsAt().isAfter(extended.answeredAt().plusDays(189)), "moved by 180 days");
        users.add(customer, user("still"));

        adminRelationships.terminate(extending);
        assertEquals(AdminRelationshipStatus.TERMINATED, adminRelationships.relationship(extending).status());
        assertEquals(AdminRelationship.Side.PARTNER, adminRelationships.relationship(extending).terminatedSide());
        assertRefused("adminRelationship.notActive", null, () -> adminRelationships.terminate(extending));

        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        approvals.terminate(fixed);
        assertEquals(Set.of(AdminRelationshipStatus.TERMINATED), Set.copyOf(approvals.mine().stream()
                .map(AdminRelationshipRow::status).toList()));
        fixtures.signInAs(partner.adminEmail());
        assertEquals(AdminRelationship.Side.CUSTOMER, adminRelationships.relationship(fixed).terminatedSide());
        assertEquals(AuditAction.ADMIN_RELATIONSHIP_TERMINATED, lastChange().action());

        fixtures.signInAs(fixtures.newPartner(PartnerType.DIRECT_RESELLER).adminEmail());
        assertRefused("adminRelationship.notFound", null, () -> adminRelationships.relationship(fixed));
    }

    @Test
    void eachCustomerUserActionNeedsARoleThatAllowsIt() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerWithoutDelegation(partner.id(), "Roles Ltd");
        String admin = testData.customerAdmin(customer, CUSTOMER_PASSWORD);
        long subscription = testData.subscription(partner.id(), customer, BUSINESS_STANDARD, 5);
        testData.customerUsers(customer, 1);
        fixtures.signInAs(partner.adminEmail());
        long user = users.users(customer, new CustomerUserSearch("user01@"), 0, 1).get(0).id();

        long helpdesk = approved(customer, admin, partner, Set.of(AdminRole.HELPDESK_ADMINISTRATOR), 30, false);
        users.resetPassword(customer, user);
        assertRefused("adminRelationship.roleMissing.MANAGE_USERS", null, () -> users.add(customer, user("nope")));
        assertRefused("adminRelationship.roleMissing.MANAGE_USERS", null, () -> users.block(customer, user, true));
        assertRefused("adminRelationship.roleMissing.ASSIGN_LICENSES", null,
                () -> users.assignLicense(customer, user, subscription));

        long licenses = approved(customer, admin, partner, Set.of(AdminRole.LICENSE_ADMINISTRATOR), 30, false);
        users.assignLicense(customer, user, subscription);
        users.removeLicense(customer, user, subscription);
        assertRefused("adminRelationship.roleMissing.MANAGE_USERS", null, () -> users.delete(customer, user));
        adminRelationships.terminate(helpdesk);
        adminRelationships.terminate(licenses);
        assertRefused("customerUser.noDelegatedAdmin", null, () -> users.resetPassword(customer, user));

        approved(customer, admin, partner, Set.of(AdminRole.GLOBAL_ADMINISTRATOR), 30, false);
        users.add(customer, user("global"));
        users.assignLicense(customer, user, subscription);
        users.resetPassword(customer, user);
        users.block(customer, user, true);

        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.SALES_AGENT));
        assertThrows(EJBAccessException.class, () -> adminRelationships.request(customer,
                new NewAdminRelationship("Sales", Set.of(AdminRole.DIRECTORY_READERS), 30, false)));
    }

    @Test
    void theLegacyGrantAllowsEverythingUntilThePartnerRemovesIt() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Legacy Ltd").getId();
        fixtures.signInAs(partner.adminEmail());
        users.add(customer, user("before"));

        adminRelationships.removeLegacyPrivileges(customer);
        assertEquals(AuditAction.LEGACY_ADMIN_REMOVED, lastChange().action());
        assertRefused("customerUser.noDelegatedAdmin", null, () -> users.add(customer, user("after")));
        assertRefused("adminRelationship.legacy.none", null, () -> adminRelationships.removeLegacyPrivileges(customer));
        assertEquals(1, users.count(customer, CustomerUserSearch.all()));
    }

    @Test
    void twoApprovalsOfOneLinkAtOnceMakeOneActiveRelationship() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerWithoutDelegation(partner.id(), "Twice Ltd");
        String admin = testData.customerAdmin(customer, CUSTOMER_PASSWORD);
        fixtures.signInAs(partner.adminEmail());
        String token = adminRelationships.request(customer,
                new NewAdminRelationship("Twice", Set.of(AdminRole.DIRECTORY_READERS), 60, false)).token().value();

        // The executor runs each task as the caller that submitted it: the customer's admin.
        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            outcomes.add(executor.submit(() -> {
                start.await();
                try {
                    approvals.approve(token);
                    return "approved";
                } catch (BusinessException refusal) {
                    return refusal.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            answers.add(outcome.get());
        }
        assertEquals(List.of("adminRelationship.link.answered", "approved"), answers.stream().sorted().toList());
        fixtures.signInAs(partner.adminEmail());
        assertEquals(List.of(AdminRelationshipStatus.ACTIVE), adminRelationships.ofCustomer(customer).stream()
                .map(AdminRelationshipRow::status).toList());
    }

    /** A relationship the partner asked for and the customer's admin approved; signs in as the partner again. */
    private long approved(long customer, String admin, TestPartner partner, Set<AdminRole> roles, int days,
            boolean autoExtend) {
        AdminRelationshipLink link = adminRelationships.request(customer,
                new NewAdminRelationship("Granted " + roles, roles, days, autoExtend));
        fixtures.signInAs(admin, CUSTOMER_PASSWORD);
        approvals.approve(link.token().value());
        fixtures.signInAs(partner.adminEmail());
        return link.relationshipId();
    }

    private AuditEntry lastChange() {
        return audit.latest(5).stream().filter(entry -> entry.action() != AuditAction.SIGNED_IN).findFirst().orElseThrow();
    }

    private static NewCustomerUser user(String name) {
        NewCustomerUser user = new NewCustomerUser();
        user.setUserName(name);
        user.setFirstName("First");
        user.setLastName("Last");
        user.setUsageLocation("US");
        return user;
    }

    private static void assertRefused(String messageKey, String field, Executable attempt) {
        BusinessException refusal = assertThrows(BusinessException.class, attempt);
        assertEquals(messageKey, refusal.messageKey());
        assertEquals(field, refusal.field());
    }
}
