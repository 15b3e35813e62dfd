package org.partnerhub.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.audit.Summary;

/** One summary, stored once, read in each language. */
class AuditTextTest {

    private static final Locale PORTUGUESE = Locale.forLanguageTag("pt-BR");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void anOrderReadsInTheReadersLanguageWithItsPlurals() {
        Summary order = Summary.of("order", 1, 7).and("creditedTo", "Fabrikam (1234567)");

        assertEquals("1 subscription, 7 licenses, credited to Fabrikam (1234567)", AuditText.of(order, Locale.ENGLISH));
        assertEquals("1 assinatura, 7 licenças, creditado a Fabrikam (1234567)", AuditText.of(order, PORTUGUESE));
        assertEquals("1 suscripción, 7 licencias, acreditado a Fabrikam (1234567)", AuditText.of(order, SPANISH));
        assertEquals("2 assinaturas, 1 licença", AuditText.of(Summary.of("order", 2, 1), PORTUGUESE));
    }

    @Test
    void wordsAreTranslatedAndDatesWrittenTheReadersWay() {
        Summary roles = Summary.of("roles", Summary.words("role.", List.of("ADMIN_AGENT", "HELPDESK_AGENT")));
        Summary link = Summary.of("byEmail").and("validUntil", LocalDate.of(2026, 12, 31));

        assertEquals("funções: Agente administrador, Agente de suporte", AuditText.of(roles, PORTUGUESE));
        assertEquals("por correo electrónico, válido hasta 31 dic 2026", AuditText.of(link, SPANISH));
    }

    @Test
    void idsAreWrittenWithoutGroupingAndOlderEventsAsStored() {
        assertEquals("transferência 12345: Office 365 E3 (5), de Contoso para Fabrikam",
                AuditText.of(Summary.of("transfer", 12345, "Office 365 E3 (5)", "Contoso", "Fabrikam"), PORTUGUESE));
        assertEquals("1 subscription(s), 7 license(s)", AuditText.of(Summary.stored("1 subscription(s), 7 license(s)"), SPANISH));
    }
}
