package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.identity.BusinessProfileService;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.partner.BusinessProfile;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;

/** A refused change leaves the data as it was, audit log included. */
class NothingHalfWrittenIT extends InContainerTest {

    @EJB
    BusinessProfileService profiles;

    @EJB
    PartnerUserService users;

    @EJB
    AuditLogQueries auditLog;

    @Test
    void aProfileWithAnotherPartnersMpnIdIsRefusedAndNothingIsSaved() {
        var other = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        var mine = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(mine.adminEmail());
        BusinessProfile before = profiles.profile();
        ProfileChange change = before.toChange();
        change.setName("Renamed " + mine.name());
        change.setMpnId(other.mpnId());

        BusinessException refusal = assertThrows(BusinessException.class, () -> profiles.updateProfile(change));

        assertEquals("partner.mpnId.taken", refusal.messageKey());
        assertEquals("mpnId", refusal.field());
        assertEquals(before, profiles.profile());
        assertNoAuditOf(AuditAction.PROFILE_CHANGED);
    }

    @Test
    void malformedInputIsRefusedByTheServiceItself() {
        var mine = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(mine.adminEmail());
        BusinessProfile before = profiles.profile();
        ProfileChange change = before.toChange();
        change.setName("Renamed");
        change.setCountry("XX");
        change.setContactEmail("not an email");
        change.setMpnId("12AB");

        EJBException failure = assertThrows(EJBException.class, () -> profiles.updateProfile(change));

        var violations = assertInstanceOf(ConstraintViolationException.class, rootCause(failure)).getConstraintViolations();
        assertEquals(3, violations.size(), violations.toString());
        assertEquals(before, profiles.profile());
    }

    @Test
    void aStaleProfileIsRefusedSoNoEditIsOverwritten() {
        var mine = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(mine.adminEmail());
        ProfileChange first = profiles.profile().toChange();
        ProfileChange second = profiles.profile().toChange();
        first.setName("First admin's name");
        second.setName("Second admin's name");

        profiles.updateProfile(first);
        BusinessException refusal = assertThrows(BusinessException.class, () -> profiles.updateProfile(second));

        assertEquals("profile.changedConcurrently", refusal.messageKey());
        assertEquals("First admin's name", profiles.profile().name());
    }

    @Test
    void aUserWithATakenEmailIsRefusedAndNothingIsWritten() {
        var other = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        var mine = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(mine.adminEmail());
        int before = users.listUsers().size();

        BusinessException refusal = assertThrows(BusinessException.class, () -> users.addUser(new NewPartnerUser(
                other.adminEmail().toUpperCase(), "Copycat", EnumSet.of(PartnerRole.SALES_AGENT), Language.EN)));

        assertEquals("user.email.taken", refusal.messageKey());
        assertEquals(before, users.listUsers().size());
        assertFalse(auditLog.latest(50).stream().anyMatch(e -> e.action() == AuditAction.USER_ADDED
                && mine.adminEmail().equals(e.actorEmail())), "the refused user was audited as added");
    }

    @Test
    void theLastActiveGlobalAdminCanNeitherBeDeactivatedNorLoseTheRole() {
        var mine = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(mine.adminEmail());
        long adminId = users.listUsers().get(0).id();

        assertEquals("user.lastGlobalAdmin",
                assertThrows(BusinessException.class, () -> users.deactivate(adminId)).messageKey());
        assertEquals("user.lastGlobalAdmin", assertThrows(BusinessException.class,
                () -> users.changeRoles(adminId, EnumSet.of(PartnerRole.ADMIN_AGENT))).messageKey());
        assertTrue(users.listUsers().get(0).active());
        assertEquals(EnumSet.of(PartnerRole.GLOBAL_ADMIN), users.listUsers().get(0).roles());
        assertNoAuditOf(AuditAction.USER_DEACTIVATED);
        assertNoAuditOf(AuditAction.ROLES_CHANGED);

        var second = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("second-admin"), "Second Admin",
                EnumSet.of(PartnerRole.GLOBAL_ADMIN), Language.EN));
        users.changeRoles(adminId, EnumSet.of(PartnerRole.ADMIN_AGENT));

        fixtures.signInAs(second.email(), second.temporaryPassword().value());
        assertTrue(users.listUsers().stream().anyMatch(u -> u.id() == adminId
                && u.roles().equals(EnumSet.of(PartnerRole.ADMIN_AGENT))), "with a second Global admin it may");
    }

    private void assertNoAuditOf(AuditAction action) {
        assertFalse(auditLog.latest(50).stream().anyMatch(e -> e.action() == action), action + " was audited");
    }
}
