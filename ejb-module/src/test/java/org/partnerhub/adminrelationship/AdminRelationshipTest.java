package org.partnerhub.adminrelationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.TestEntities;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.LinkToken;

/** The lifecycle of an admin relationship with an explicit clock. */
class AdminRelationshipTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 10, 9, 0);
    private static final Duration LINK = Duration.ofDays(90);

    @Test
    void aRequestOutsideTheRulesIsRefusedNextToItsField() {
        assertRefused("name", () -> request(" ", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 30, false));
        assertRefused("roles", () -> request("Support", EnumSet.noneOf(AdminRole.class), 30, false));
        assertRefused("duration", () -> request("Support", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 0, false));
        assertRefused("duration", () -> request("Support", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 731, false));
        assertRefused("duration", () -> request("Support", EnumSet.of(AdminRole.USER_ADMINISTRATOR), null, false));
        assertRefused("autoExtend", () -> request("Support", EnumSet.of(AdminRole.GLOBAL_ADMINISTRATOR), 30, true));
        assertEquals(AdminRelationshipStatus.PENDING_APPROVAL,
                request("Support", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 730, true).statusAt(T0));
    }

    @Test
    void anApprovedRelationshipRunsItsDurationThenIsExpiringThenExpired() {
        AdminRelationship relationship = request("Licenses", EnumSet.of(AdminRole.LICENSE_ADMINISTRATOR), 60, false);
        assertFalse(relationship.allows(AdminTask.ASSIGN_LICENSES, T0), "not before approval");
        relationship.approve("admin@fourthcoffee.example", T0.plusDays(1));
        LocalDateTime end = T0.plusDays(61);

        assertEquals(end, relationship.endsAtAsOf(T0.plusDays(2)));
        assertEquals(AdminRelationshipStatus.ACTIVE, relationship.statusAt(end.minusDays(31)));
        assertEquals(AdminRelationshipStatus.EXPIRING, relationship.statusAt(end.minusDays(30)));
        assertTrue(relationship.allows(AdminTask.ASSIGN_LICENSES, end.minusSeconds(1)));
        assertFalse(relationship.allows(AdminTask.MANAGE_USERS, end.minusSeconds(1)), "not its role");
        assertEquals(AdminRelationshipStatus.EXPIRED, relationship.statusAt(end));
        assertFalse(relationship.allows(AdminTask.ASSIGN_LICENSES, end));
        assertRefused(null, () -> relationship.terminate("ana@contoso.example", AdminRelationship.Side.PARTNER, end));
    }

    @Test
    void anAutoExtendingRelationshipRunsAnother180DaysEachTimeItsEndIsReached() {
        AdminRelationship relationship = request("Helpdesk", EnumSet.of(AdminRole.HELPDESK_ADMINISTRATOR), 10, true);
        relationship.approve("admin@fourthcoffee.example", T0);
        LocalDateTime firstEnd = T0.plusDays(10);

        assertEquals(AdminRelationshipStatus.ACTIVE, relationship.statusAt(firstEnd.minusDays(5)), "never expiring");
        assertEquals(firstEnd.plusDays(180), relationship.endsAtAsOf(firstEnd));
        assertEquals(firstEnd.plusDays(360), relationship.endsAtAsOf(firstEnd.plusDays(200)));
        assertTrue(relationship.allows(AdminTask.RESET_PASSWORDS, firstEnd.plusDays(400)));
        relationship.applyExtensions(firstEnd.plusDays(200));
        assertEquals(firstEnd.plusDays(360), relationship.endsAtAsOf(firstEnd.plusDays(200)));
    }

    @Test
    void eitherSideEndsAnActiveOneAndOnlyThePartnerWithdrawsARequest() {
        AdminRelationship byCustomer = request("Users", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 30, false);
        assertRefused(null, () -> byCustomer.terminate("admin@fourthcoffee.example", AdminRelationship.Side.CUSTOMER, T0));
        byCustomer.approve("admin@fourthcoffee.example", T0);
        byCustomer.terminate("admin@fourthcoffee.example", AdminRelationship.Side.CUSTOMER, T0.plusDays(3));
        assertEquals(AdminRelationshipStatus.TERMINATED, byCustomer.statusAt(T0.plusDays(4)));
        assertEquals(AdminRelationship.Side.CUSTOMER, byCustomer.getTerminatedSide());
        assertFalse(byCustomer.allows(AdminTask.MANAGE_USERS, T0.plusDays(4)));

        AdminRelationship withdrawn = request("Users", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 30, false);
        withdrawn.terminate("ana@contoso.example", AdminRelationship.Side.PARTNER, T0.plusDays(1));
        assertEquals(AdminRelationship.Side.PARTNER, withdrawn.getTerminatedSide());
        assertEquals("adminRelationship.link.terminated", assertThrows(BusinessException.class,
                () -> withdrawn.approve("admin@fourthcoffee.example", T0.plusDays(2))).messageKey());
    }

    @Test
    void anApprovalLinkIsAnsweredOnceAndOnlyInTime() {
        AdminRelationship declined = request("Users", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 30, false);
        declined.decline("admin@fourthcoffee.example", T0);
        assertEquals(AdminRelationshipStatus.DECLINED, declined.statusAt(T0));
        assertEquals("adminRelationship.link.answered", assertThrows(BusinessException.class,
                () -> declined.approve("admin@fourthcoffee.example", T0)).messageKey());

        AdminRelationship late = request("Users", EnumSet.of(AdminRole.USER_ADMINISTRATOR), 30, false);
        assertEquals(AdminRelationshipStatus.EXPIRED, late.statusAt(T0.plus(LINK)));
        assertEquals("adminRelationship.link.expired", assertThrows(BusinessException.class,
                () -> late.approve("admin@fourthcoffee.example", T0.plus(LINK))).messageKey());
    }

    @Test
    void globalAdministratorAllowsEveryTaskAndEachRoleOnlyItsOwn() {
        assertTrue(AdminTask.MANAGE_USERS.isAllowedBy(Set.of(AdminRole.GLOBAL_ADMINISTRATOR)));
        assertTrue(AdminTask.RESET_PASSWORDS.isAllowedBy(Set.of(AdminRole.USER_ADMINISTRATOR)));
        assertTrue(AdminTask.ASSIGN_LICENSES.isAllowedBy(Set.of(AdminRole.USER_ADMINISTRATOR)));
        assertTrue(AdminTask.RESET_PASSWORDS.isAllowedBy(Set.of(AdminRole.HELPDESK_ADMINISTRATOR)));
        assertFalse(AdminTask.MANAGE_USERS.isAllowedBy(Set.of(AdminRole.HELPDESK_ADMINISTRATOR)));
        assertFalse(AdminTask.RESET_PASSWORDS.isAllowedBy(Set.of(AdminRole.LICENSE_ADMINISTRATOR)));
        assertFalse(AdminTask.ASSIGN_LICENSES.isAllowedBy(
                Set.of(AdminRole.DIRECTORY_READERS, AdminRole.BILLING_ADMINISTRATOR, AdminRole.HELPDESK_ADMINISTRATOR)));
    }

    private static AdminRelationship request(String name, Set<AdminRole> roles, Integer days, boolean autoExtend) {
        return new AdminRelationship(TestEntities.partner(PartnerType.INDIRECT_PROVIDER), TestEntities.customer(), name,
                roles, days, autoExtend, "ana@contoso.example", T0,
                LinkToken.generate(), LINK);
    }

    private static void assertRefused(String field, Executable attempt) {
        assertEquals(field, assertThrows(BusinessException.class, attempt).field());
    }
}
