package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.partnerhub.identity.BusinessProfileService;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.shared.Language;

/** Roles are enforced by the services themselves, whatever the pages show. */
class RoleEnforcementIT extends InContainerTest {

    @EJB
    PartnerUserService users;

    @EJB
    BusinessProfileService profiles;

    @Test
    void aSalesAgentCallingGlobalAdminOnlyServicesIsRefused() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());
        NewUserCredentials sales = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("sales"), "Sales Agent",
                EnumSet.of(PartnerRole.SALES_AGENT), Language.EN));
        int usersBefore = users.listUsers().size();

        fixtures.signInAs(sales.email(), sales.temporaryPassword().value());

        assertThrows(EJBAccessException.class, () -> users.addUser(new NewPartnerUser(
                Fixtures.uniqueEmail("intruder"), "Intruder", EnumSet.of(PartnerRole.GLOBAL_ADMIN), Language.EN)));
        assertThrows(EJBAccessException.class, () -> profiles.updateProfile(profiles.profile().toChange()));
        assertThrows(EJBAccessException.class, () -> users.listUsers());
        assertEquals(PartnerType.INDIRECT_PROVIDER, profiles.profile().type(), "a Sales agent still reads the profile");

        fixtures.signInAs(partner.adminEmail());
        assertEquals(usersBefore, users.listUsers().size(), "the refused call added nobody");
    }

    @Test
    void aHelpdeskAgentMayReadTheProfileButNotListUsers() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        NewUserCredentials helpdesk = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("helpdesk"),
                "Helpdesk Agent", EnumSet.of(PartnerRole.HELPDESK_AGENT), Language.ES));

        fixtures.signInAs(helpdesk.email(), helpdesk.temporaryPassword().value());

        assertEquals(partner.name(), profiles.profile().name());
        assertThrows(EJBAccessException.class, () -> users.listUsers());
    }

    @Test
    void anAnonymousCallerIsRefused() {
        assertThrows(EJBAccessException.class, () -> profiles.profile());
    }
}
