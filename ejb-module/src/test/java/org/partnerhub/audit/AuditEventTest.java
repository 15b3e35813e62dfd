package org.partnerhub.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void theSearchTextHoldsTheTargetAndTheSummarysOwnWordsNotItsWording() {
        Summary summary = Summary.of("subscription", 4711)
                .and("licensesChanged", "Microsoft 365 Business Basic", 10, 12)
                .and("reason", "Ação de Teste")
                .and("validUntil", LocalDate.of(2026, 12, 31))
                .and("roles", Summary.words("role.", List.of("GLOBAL_ADMIN")));

        assertEquals("woodgrove.partnerhub.example 4711 microsoft 365 business basic 10 12 ação de teste",
                AuditEvent.searchText("woodgrove.partnerhub.example", summary));
    }

    @Test
    void anEventWithNeitherTargetNorSummaryHasNoSearchText() {
        assertNull(AuditEvent.searchText(null, null));
    }

    @Test
    void anEventIsAboutTheKindOfThingItsActionIsAbout() {
        AuditTarget subscription = AuditTarget.customer(1, "woodgrove.partnerhub.example").withSubscription(2);

        new AuditEvent("ana@contoso.example", 1L, AuditAction.LICENSES_CHANGED, subscription, null);
        assertThrows(IllegalArgumentException.class,
                () -> new AuditEvent("ana@contoso.example", 1L, AuditAction.ACCOUNT_UPDATED, subscription, null));
        assertThrows(IllegalArgumentException.class, () -> new AuditEvent("ana@contoso.example", 1L,
                AuditAction.LICENSES_CHANGED, AuditTarget.referral(3, "Lead Ltd"), null));
    }
}
