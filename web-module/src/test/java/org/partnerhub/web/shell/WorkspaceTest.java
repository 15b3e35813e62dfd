package org.partnerhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnerhub.identity.Me;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.Language;

class WorkspaceTest {

    @Test
    void onlyGlobalAdminsAndAdminAgentsOpenUsers() {
        assertTrue(Workspace.USERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.GLOBAL_ADMIN)));
        assertTrue(Workspace.USERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.ADMIN_AGENT)));
        assertFalse(Workspace.USERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.SALES_AGENT)));
        assertFalse(Workspace.USERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.HELPDESK_AGENT)));
    }

    @Test
    void providersManageResellersAndResellersManageProviders() {
        assertTrue(Workspace.INDIRECT_RESELLERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.SALES_AGENT)));
        assertFalse(Workspace.INDIRECT_PROVIDERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.GLOBAL_ADMIN)));
        assertTrue(Workspace.INDIRECT_PROVIDERS.allows(me(PartnerType.INDIRECT_RESELLER, PartnerRole.ADMIN_AGENT)));
        assertFalse(Workspace.INDIRECT_RESELLERS.allows(me(PartnerType.INDIRECT_RESELLER, PartnerRole.GLOBAL_ADMIN)));
        assertFalse(Workspace.INDIRECT_RESELLERS.allows(me(PartnerType.DIRECT_RESELLER, PartnerRole.GLOBAL_ADMIN)));
        assertFalse(Workspace.INDIRECT_PROVIDERS.allows(me(PartnerType.DIRECT_RESELLER, PartnerRole.GLOBAL_ADMIN)));
    }

    @Test
    void aHelpdeskAgentSeesNoPartnershipWorkspace() {
        assertFalse(Workspace.INDIRECT_RESELLERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.HELPDESK_AGENT)));
        assertTrue(Workspace.CUSTOMERS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.HELPDESK_AGENT)));
        assertTrue(Workspace.BUSINESS_PROFILE.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.HELPDESK_AGENT)));
    }

    @Test
    void everyoneWhoWorksLeadsImportsThemAndAHelpdeskAgentOnlyReadsThem() {
        assertTrue(Workspace.IMPORT_REFERRALS.allows(me(PartnerType.DIRECT_RESELLER, PartnerRole.SALES_AGENT)));
        assertTrue(Workspace.IMPORT_REFERRALS.allows(me(PartnerType.INDIRECT_PROVIDER, PartnerRole.ADMIN_AGENT)));
        assertFalse(Workspace.IMPORT_REFERRALS.allows(me(PartnerType.INDIRECT_RESELLER, PartnerRole.HELPDESK_AGENT)));
        assertTrue(Workspace.REFERRALS.allows(me(PartnerType.INDIRECT_RESELLER, PartnerRole.HELPDESK_AGENT)));
        assertEquals(Workspace.REFERRALS, Workspace.IMPORT_REFERRALS.menuEntry());
    }

    @Test
    void aPageIsFoundByItsViewIdAndOtherPagesAreNoWorkspace() {
        assertEquals(Optional.of(Workspace.USERS), Workspace.at("/partner/users.xhtml"));
        assertEquals(Optional.empty(), Workspace.at("/login.xhtml"));
    }

    private static Me me(PartnerType type, PartnerRole role) {
        return new Me("someone@partner.example", "Someone", EnumSet.of(role), Language.EN, 1L, "Partner", type);
    }
}
