package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.identity.BusinessProfileService;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserRow;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;

/** The signed-in user's partner is the tenant: no service method reaches another partner's data. */
class TenantIsolationIT extends InContainerTest {

    @EJB
    PartnerUserService users;

    @EJB
    BusinessProfileService profiles;

    @EJB
    AuditLogQueries auditLog;

    @Test
    void aPartnerCannotReadOrChangeAnotherPartnersUsers() {
        var other = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        fixtures.signInAs(other.adminEmail());
        var otherAgent = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("other-agent"), "Other Agent",
                EnumSet.of(PartnerRole.ADMIN_AGENT), Language.EN));
        long otherAgentId = idOf(otherAgent.email());
        long otherAdminId = idOf(other.adminEmail());

        var mine = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(mine.adminEmail());

        assertTrue(users.listUsers().stream().noneMatch(u -> u.email().endsWith(otherAgent.email())));
        assertEquals(1, users.listUsers().size(), "only my own Global admin");
        assertEquals("user.notFound", assertThrows(BusinessException.class,
                () -> users.changeRoles(otherAgentId, EnumSet.of(PartnerRole.GLOBAL_ADMIN))).messageKey());
        assertEquals("user.notFound", assertThrows(BusinessException.class,
                () -> users.deactivate(otherAdminId)).messageKey());
        assertEquals(mine.name(), profiles.profile().name());
        assertTrue(auditLog.latest(200).stream().noneMatch(e -> other.adminEmail().equals(e.actorEmail())
                || otherAgent.email().equals(e.target())), "no audit event of the other partner");

        fixtures.signInAs(other.adminEmail());
        PartnerUserRow untouched = users.listUsers().stream()
                .filter(u -> u.email().equals(otherAgent.email())).findFirst().orElseThrow();
        assertEquals(EnumSet.of(PartnerRole.ADMIN_AGENT), untouched.roles());
        assertTrue(users.listUsers().stream().allMatch(PartnerUserRow::active));
    }

    private long idOf(String email) {
        return users.listUsers().stream().filter(u -> u.email().equals(email)).findFirst().orElseThrow().id();
    }
}
