package org.partnerhub.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.shared.Language;
import org.partnerhub.shared.TranslatedText;

/** The catalog file as the start-up reads it: every offer, its translations, and each mistake with its line. */
class CatalogFileTest {

    private static final String HEADER =
            "code,name,description,billing_cycle,price_per_license,currency,min_licenses,max_licenses,self_service,upgrades_to\n";

    @Test
    void theShippedCatalogIsValidAndHasUpgradePaths() throws IOException {
        try (Reader in = new InputStreamReader(CatalogFile.class.getClassLoader().getResourceAsStream(CatalogFile.RESOURCE),
                StandardCharsets.UTF_8)) {
            List<CatalogLine> lines = CatalogFile.read(in);
            CatalogLine basic = lines.stream().filter(line -> line.code().equals("M365-BUSINESS-BASIC")).findFirst().orElseThrow();
            assertEquals(List.of("M365-BUSINESS-STANDARD", "M365-BUSINESS-PREMIUM"), basic.upgradesTo());
            assertTrue(basic.selfService());
            assertEquals("Web and mobile Office apps, Teams, 1 TB of cloud storage and business email per user.",
                    basic.description().en());
        }
    }

    @Test
    void theShippedCatalogNamesAndDescribesEveryOfferInEveryLanguage() throws IOException {
        try (Reader in = new InputStreamReader(CatalogFile.class.getClassLoader().getResourceAsStream(CatalogFile.RESOURCE),
                StandardCharsets.UTF_8)) {
            List<CatalogLine> lines = CatalogFile.read(in);
            for (CatalogLine line : lines) {
                for (TranslatedText text : List.of(line.name(), line.description())) {
                    assertNotNull(text.ptBr(), line.code() + " in Portuguese: " + text.en());
                    assertNotNull(text.es(), line.code() + " in Spanish: " + text.en());
                }
            }
            CatalogLine basic = lines.stream().filter(line -> line.code().equals("M365-BUSINESS-BASIC")).findFirst().orElseThrow();
            assertEquals("Microsoft 365 Empresa Básico", basic.name().in(Language.ES));
            assertEquals("Microsoft 365 Business Basic", basic.name().in(Language.PT_BR), "Microsoft's own name in Brazil");
            assertTrue(basic.description().in(Language.PT_BR).startsWith("Aplicativos do Office"), basic.description().ptBr());
        }
    }

    @Test
    void translationsAreReadByColumnNameAndAMissingOneReadsEnglish() {
        List<CatalogLine> lines = CatalogFile.read(new StringReader(
                "name_es,code,name,description,billing_cycle,price_per_license,currency,min_licenses,max_licenses,"
                        + "self_service,upgrades_to,description_es,name_pt_br\n"
                        + "Correo,A,Mail,Business mail.,MONTHLY,4.00,USD,1,10,true,,Correo de empresa.,\n"
                        + ",B,Meetings,\"Meetings, chat\",MONTHLY,4.00,USD,1,10,true,,,Reuniões\n"));

        TranslatedText mail = lines.get(0).name();
        assertEquals(List.of("Mail", "Mail", "Correo"),
                List.of(mail.in(Language.EN), mail.in(Language.PT_BR), mail.in(Language.ES)));
        assertEquals("Correo de empresa.", lines.get(0).description().in(Language.ES));
        assertEquals("Business mail.", lines.get(0).description().in(Language.PT_BR), "no description_pt_br column");
        TranslatedText meetings = lines.get(1).name();
        assertEquals(List.of("Meetings", "Reuniões", "Meetings"),
                List.of(meetings.in(Language.EN), meetings.in(Language.PT_BR), meetings.in(Language.ES)));
    }

    @Test
    void aFileWithoutTranslationColumnsIsEnglishInEveryLanguage() {
        CatalogLine line = CatalogFile.read(new StringReader(HEADER + "A,Alpha,First,MONTHLY,1.00,USD,1,10,false,\n")).get(0);

        assertEquals(new TranslatedText("Alpha", null, null), line.name());
        assertEquals("First", line.description().in(Language.ES));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnsName() {
        List<CatalogLine> lines = CatalogFile.read(new StringReader("\uFEFF" + HEADER + "A,Alpha,First,MONTHLY,1.00,USD,1,10,false,\n"));

        assertEquals("A", lines.get(0).code());
    }

    @Test
    void aWrongOrMissingColumnOrTooLongTranslationStopsTheStart() {
        assertMistake("line 1: the column name_pt-br is not one of the catalog's (code, name, description, billing_cycle, "
                        + "price_per_license, currency, min_licenses, max_licenses, self_service, upgrades_to, and optionally "
                        + "name_pt_br, description_pt_br, name_es, description_es)",
                HEADER.replace("\n", ",name_pt-br\n"), "A,Alpha,First,MONTHLY,1.00,USD,1,10,false,,Alfa\n");
        assertMistake("line 1: the column currency is missing", HEADER.replace(",currency", ""),
                "A,Alpha,First,MONTHLY,1.00,1,10,false,\n");
        assertMistake("line 2: name_es is longer than 120 characters", HEADER.replace("\n", ",name_es\n"),
                "A,Alpha,First,MONTHLY,1.00,USD,1,10,false,," + "x".repeat(121) + "\n");
        assertMistake("line 2: currency must be a 3-letter ISO code", HEADER, "A,Alpha,First,MONTHLY,1.00,XYZ,1,10,false,\n");
    }

    @Test
    void eachMistakeStopsWithItsLine() {
        assertMistake("line 3: billing_cycle must be one of [MONTHLY, ANNUAL]",
                "A,Alpha,First,MONTHLY,1.00,USD,1,10,false,\nB,Beta,Second,WEEKLY,1.00,USD,1,10,false,\n");
        assertMistake("line 2: min_licenses must be at least 1 and max_licenses at least min_licenses",
                "A,Alpha,First,MONTHLY,1.00,USD,5,4,false,\n");
        assertMistake("line 2: price_per_license is not a number", "A,Alpha,First,MONTHLY,free,USD,1,4,false,\n");
        assertMistake("line 2: self_service must be true or false", "A,Alpha,First,MONTHLY,1,USD,1,4,yes,\n");
        assertMistake("line 2: it has 9 fields instead of 10", "A,Alpha,First,MONTHLY,1,USD,1,4,false\n");
        assertMistake("line 3: the code A is there twice",
                "A,Alpha,First,MONTHLY,1,USD,1,4,false,\nA,Again,Second,MONTHLY,1,USD,1,4,false,\n");
        assertMistake("offer A upgrades to Z, which is not another offer of the file",
                "A,Alpha,First,MONTHLY,1,USD,1,4,false,Z\n");
        assertMistake("the file has no offers", "");
    }

    private static void assertMistake(String expected, String body) {
        assertMistake(expected, HEADER, body);
    }

    private static void assertMistake(String expected, String header, String body) {
        String message = assertThrows(CatalogFile.CatalogException.class,
                () -> CatalogFile.read(new StringReader(header + body))).getMessage();
        assertTrue(message.endsWith(expected), message);
    }
}
