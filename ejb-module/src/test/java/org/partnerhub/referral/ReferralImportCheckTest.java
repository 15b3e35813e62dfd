package org.partnerhub.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReferralImportCheckTest {

    private static final String HEADER = String.join(",", ReferralImportFile.COLUMNS) + "\n";
    private static final long BUSINESS_STANDARD = 2;

    private static ValidatorFactory validation;
    private static ReferralImportCheck cut;

    @BeforeAll
    static void checkAgainstTheCatalog() {
        validation = Validation.buildDefaultValidatorFactory();
        cut = new ReferralImportCheck(validation.getValidator(), Map.of("M365-BUSINESS-STANDARD", BUSINESS_STANDARD));
    }

    @AfterAll
    static void close() {
        validation.close();
    }

    @Test
    void theTemplatesExampleIsAValidLead() {
        ReferralImportLine line = check(ReferralImportFile.template()).get(0);

        assertEquals(List.of(), line.problems());
        assertEquals("Contoso Ltda", line.companyName());
        assertEquals(BUSINESS_STANDARD, line.details().getOfferId());
        assertEquals(25, line.details().getLicenses());
        assertEquals(new BigDecimal("7500.00"), line.details().getEstimatedValue());
    }

    @Test
    void codesAreMatchedWhateverTheirCaseAndAmountsTakeACommaForDecimals() {
        NewReferral lead = check(HEADER + "Acme,Bo,Ek,bo@acme.example,,br,m365-business-standard,3,\"1234,5\",eur,,\n")
                .get(0).details();

        assertEquals("BR", lead.getCountry());
        assertEquals(BUSINESS_STANDARD, lead.getOfferId());
        assertEquals(new BigDecimal("1234.5"), lead.getEstimatedValue());
        assertEquals("EUR", lead.getCurrency());
    }

    @Test
    void eachLineNamesItsProblemsNextToTheirColumnsInTheColumnsOrder() {
        List<ReferralImportLine> lines = check(HEADER
                + ",,,,,BR,,,,,,\n"
                + "Acme,Bo,Ek,not-an-email,,XX,,,,,,\n"
                + "Acme,Bo,Ek,bo@acme.example,,US,NOPE,,,,,\n"
                + "Acme,Cy,Ek,cy@acme.example,,US,,5,,,,\n"
                + "Acme,Di,Ek,di@acme.example,,US,M365-BUSINESS-STANDARD,0,\"1,234\",XYZ,,\n"
                + "Acme,Ed,Ek,ed@acme.example,,US,M365-BUSINESS-STANDARD,many,-5,US,,\n"
                + "=HYPERLINK(),Bo,Ek,x@acme.example,call me,US,,,,,,\n"
                + "Acme,Bo,Ek,BO@ACME.EXAMPLE,,US,,,,,,\n"
                + "Short,line\n");

        assertEquals(List.of("company_name import.row.required", "contact_first_name import.row.required",
                "contact_last_name import.row.required", "contact_email import.row.required"), problems(lines.get(0)));
        assertEquals(List.of("contact_email import.row.email", "country import.row.country"), problems(lines.get(1)));
        assertEquals(List.of("offer_code referralImport.row.unknownOffer"), problems(lines.get(2)));
        assertEquals(List.of("licenses referralImport.row.licensesWithoutOffer"), problems(lines.get(3)));
        assertEquals(List.of("licenses referralImport.row.licenses", "estimated_value referralImport.row.amount",
                "currency referralImport.row.currency"), problems(lines.get(4)), "0 licenses, 1,234 read as 1.234");
        assertEquals(List.of("licenses referralImport.row.licenses", "estimated_value referralImport.row.amount",
                "currency referralImport.row.currency"), problems(lines.get(5)));
        assertEquals(List.of("company_name import.row.formula", "contact_phone referralImport.row.phone"),
                problems(lines.get(6)));
        assertEquals(List.of("company_name referralImport.row.duplicate"), problems(lines.get(7)));
        assertEquals(List.of("4"), lines.get(7).problems().get(0).arguments().stream().map(String::valueOf).toList(),
                "the same company and contact as line 4, whatever the case");
        assertTrue(problems(lines.get(8)).contains("contact_last_name import.row.fieldsMissing"), "the first column it lacks");
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9, 10), lines.stream().map(ReferralImportLine::line).toList());
    }

    private static List<ReferralImportLine> check(String file) {
        return cut.check(ReferralImportFile.read(file.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> problems(ReferralImportLine line) {
        return line.problems().stream().map(problem -> problem.column() + " " + problem.messageKey()).toList();
    }
}
