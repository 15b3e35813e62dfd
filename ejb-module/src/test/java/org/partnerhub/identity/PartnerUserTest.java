package org.partnerhub.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;

class PartnerUserTest {

    @Test
    void theLastActiveGlobalAdminCannotBeDeactivated() {
        PartnerUser cut = user(PartnerRole.GLOBAL_ADMIN);

        BusinessException refusal = assertThrows(BusinessException.class, () -> cut.deactivate(0));

        assertEquals("user.lastGlobalAdmin", refusal.messageKey());
        assertTrue(cut.isActive());
    }

    @Test
    void theLastActiveGlobalAdminCannotLoseTheRole() {
        PartnerUser cut = user(PartnerRole.GLOBAL_ADMIN);

        BusinessException refusal = assertThrows(BusinessException.class,
                () -> cut.changeRoles(EnumSet.of(PartnerRole.ADMIN_AGENT), 0));

        assertEquals("user.lastGlobalAdmin", refusal.messageKey());
        assertEquals("roles", refusal.field());
        assertEquals(EnumSet.of(PartnerRole.GLOBAL_ADMIN), cut.getRoles());
    }

    @Test
    void aGlobalAdminWithAnotherActiveGlobalAdminMayBeDeactivatedOrLoseTheRole() {
        PartnerUser demoted = user(PartnerRole.GLOBAL_ADMIN);
        PartnerUser deactivated = user(PartnerRole.GLOBAL_ADMIN, PartnerRole.SALES_AGENT);

        demoted.changeRoles(EnumSet.of(PartnerRole.HELPDESK_AGENT), 1);
        deactivated.deactivate(1);

        assertEquals(EnumSet.of(PartnerRole.HELPDESK_AGENT), demoted.getRoles());
        assertFalse(deactivated.isActive());
        assertFalse(deactivated.isActiveGlobalAdmin());
    }

    @Test
    void anAgentIsDeactivatedEvenWhenNoOtherGlobalAdminIsCounted() {
        PartnerUser cut = user(PartnerRole.SALES_AGENT);

        cut.deactivate(0);

        assertFalse(cut.isActive());
    }

    @Test
    void aUserAlwaysHasAtLeastOneRole() {
        PartnerUser cut = user(PartnerRole.SALES_AGENT);

        assertEquals("user.roles.required",
                assertThrows(BusinessException.class, () -> cut.changeRoles(Set.of(), 3)).messageKey());
        assertThrows(BusinessException.class, () -> user());
    }

    @Test
    void signInEmailsAreStoredInLowerCaseWithoutSurroundingSpace() {
        PartnerUser cut = new PartnerUser(partner(), "  Ana.Souza@Contoso.Example ", "Ana",
                EnumSet.of(PartnerRole.GLOBAL_ADMIN), Language.PT_BR, "hash");

        assertEquals("ana.souza@contoso.example", cut.getEmail());
    }

    private static PartnerUser user(PartnerRole... roles) {
        Set<PartnerRole> set = roles.length == 0 ? EnumSet.noneOf(PartnerRole.class) : EnumSet.of(roles[0], roles);
        return new PartnerUser(partner(), "someone@partner.example", "Someone", set, Language.EN, "hash");
    }

    private static Partner partner() {
        ProfileChange profile = new ProfileChange();
        profile.setName("Partner");
        profile.setMpnId("1234567");
        profile.setCountry("BR");
        profile.setContactEmail("contact@partner.example");
        profile.setDefaultLanguage(Language.EN);
        return new Partner(PartnerType.INDIRECT_RESELLER, profile);
    }
}
