package org.partnerhub.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.LinkToken;

class PartnershipTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 24, 12, 0);

    private final Partner provider = partner(1, PartnerType.INDIRECT_PROVIDER);
    private final Partner reseller = partner(2, PartnerType.INDIRECT_RESELLER);

    @Test
    void onlyTheAskedResellerAcceptsAProvidersRequest() {
        Partnership cut = byProvider();

        assertRefused("partnership.answer.onlyResellers", () -> cut.accept(partner(3, PartnerType.DIRECT_RESELLER), "x", NOW));
        assertRefused("partnership.answer.onlyResellers", () -> cut.accept(provider, "x", NOW));
        assertRefused("partnership.answer.otherPartner", () -> cut.accept(partner(4, PartnerType.INDIRECT_RESELLER), "x", NOW));
        cut.accept(reseller, "elena@fabrikam.example", NOW);

        assertEquals(PartnershipStatus.ACTIVE, cut.getStatus());
        assertRefused("partnership.alreadyAnswered", () -> cut.accept(reseller, "again", NOW));
    }

    @Test
    void aRequestLinkCannotBeAnsweredOnceItExpired() {
        Partnership cut = byProvider();

        assertRefused("partnership.expired", () -> cut.accept(reseller, "x", NOW.plusDays(30)));

        cut.replaceLink(LinkToken.generate(), "ana@contoso.example", NOW.plusDays(30), Duration.ofDays(30));
        assertEquals("ana@contoso.example", cut.getSentBy(), "sent again by that user");
        assertEquals(NOW.plusDays(30), cut.getSentAt());
        assertEquals(NOW, cut.getRequestedAt(), "asked when it was asked: lists are paged by it");
        cut.accept(reseller, "x", NOW.plusDays(31));
        assertEquals(PartnershipStatus.ACTIVE, cut.getStatus());
    }

    @Test
    void onlyTheAskingSideRevokesAndARevokedRequestIsFinal() {
        Partnership cut = Partnership.requestedByReseller(reseller, provider, "elena@fabrikam.example", NOW);

        assertRefused("partnership.notFound", () -> cut.revoke(provider, "x", NOW));
        cut.revoke(reseller, "elena@fabrikam.example", NOW);

        assertRefused("partnership.revoked", () -> cut.accept(provider, "x", NOW));
    }

    @Test
    void onlyAnActivePartnershipEndsAndTheReasonIsKeptTrimmed() {
        Partnership cut = byProvider();
        assertRefused("partnership.notActive", () -> cut.end(reseller, "x", NOW, "too early"));
        cut.accept(reseller, "x", NOW);

        cut.end(reseller, "elena@fabrikam.example", NOW, "  Contract over  ");

        assertEquals(PartnershipStatus.ENDED, cut.getStatus());
        assertEquals("Contract over", cut.getEndReason());
    }

    @Test
    void aProviderAsksOnlyAnIndirectReseller() {
        assertRefused("partnership.notAReseller", () -> Partnership.requestedByProvider(provider,
                partner(5, PartnerType.DIRECT_RESELLER), "x", NOW, LinkToken.generate(), Duration.ofDays(30)));
    }

    private Partnership byProvider() {
        return Partnership.requestedByProvider(provider, reseller, "ana@contoso.example", NOW, LinkToken.generate(),
                Duration.ofDays(30));
    }

    private static void assertRefused(String key, org.junit.jupiter.api.function.Executable attempt) {
        assertEquals(key, assertThrows(BusinessException.class, attempt).messageKey());
    }

    /** A partner as the database would give it, with its id (which JPA alone sets). */
    static Partner partner(long id, PartnerType type) {
        ProfileChange profile = new ProfileChange();
        profile.setName("Partner " + id);
        profile.setMpnId(String.valueOf(1_000_000 + id));
        profile.setCountry("US");
        profile.setContactEmail("p" + id + "@partner.example");
        profile.setDefaultLanguage(Language.EN);
        Partner partner = new Partner(type, profile);
        try {
            Field field = Partner.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(partner, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return partner;
    }
}
