package org.partnerhub.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

class RelationshipInvitationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 12, 0);

    @Test
    void aPendingInvitationPastItsDateIsExpiredWithoutAnyJob() {
        RelationshipInvitation cut = invitation(PartnerType.DIRECT_RESELLER);

        assertEquals(InvitationStatus.PENDING, cut.statusAt(NOW.plusDays(89)));
        assertEquals(InvitationStatus.EXPIRED, cut.statusAt(NOW.plusDays(90)));
        assertEquals("invitation.expired",
                assertThrows(BusinessException.class, () -> cut.checkOpen(NOW.plusDays(90))).messageKey());
    }

    @Test
    void sendingAgainRevivesAnExpiredInvitationWithANewLink() {
        RelationshipInvitation cut = invitation(PartnerType.DIRECT_RESELLER);
        LinkToken renewed = LinkToken.generate();

        cut.replaceLink(renewed, NOW.plusDays(100), Duration.ofDays(90));

        assertEquals(InvitationStatus.PENDING, cut.statusAt(NOW.plusDays(101)));
        assertEquals(NOW.plusDays(190), cut.getExpiresAt());
    }

    @Test
    void aRevokedOrDeclinedInvitationIsFinal() {
        RelationshipInvitation revoked = invitation(PartnerType.DIRECT_RESELLER);
        revoked.revoke("ana@contoso.example", NOW);
        assertEquals("invitation.revoked", assertThrows(BusinessException.class, () -> revoked.decline(null, NOW)).messageKey());
        assertEquals("invitation.revoked", assertThrows(BusinessException.class,
                () -> revoked.replaceLink(LinkToken.generate(), NOW, Duration.ofDays(1))).messageKey());

        RelationshipInvitation declined = invitation(PartnerType.DIRECT_RESELLER);
        declined.decline(null, NOW);
        assertEquals(InvitationStatus.DECLINED, declined.statusAt(NOW.plusDays(365)));
        assertEquals("invitation.answered", assertThrows(BusinessException.class,
                () -> declined.revoke("ana@contoso.example", NOW)).messageKey());
    }

    @Test
    void onlyAnIndirectResellerInvitesJointlyWithAProvider() {
        Partner provider = partner(PartnerType.INDIRECT_PROVIDER);
        assertEquals("invitation.joint.onlyResellers", assertThrows(BusinessException.class,
                () -> new RelationshipInvitation(partner(PartnerType.DIRECT_RESELLER), provider, Language.EN, null, "x", NOW,
                        LinkToken.generate(), Duration.ofDays(90))).messageKey());
        assertNotEquals(null, new RelationshipInvitation(partner(PartnerType.INDIRECT_RESELLER), provider, Language.EN,
                null, "x", NOW, LinkToken.generate(), Duration.ofDays(90)).getProvider());
    }

    private static RelationshipInvitation invitation(PartnerType type) {
        return new RelationshipInvitation(partner(type), null, Language.PT_BR, "ti@woodgrove.example", "ana@contoso.example", NOW,
                LinkToken.generate(), Duration.ofDays(90));
    }

    private static Partner partner(PartnerType type) {
        ProfileChange profile = new ProfileChange();
        profile.setName("Partner " + type);
        profile.setMpnId("1234567");
        profile.setCountry("US");
        profile.setContactEmail("p@partner.example");
        profile.setDefaultLanguage(Language.EN);
        return new Partner(type, profile);
    }
}
