package org.partnerhub.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
                    basic.description());
        }
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
        String message = assertThrows(CatalogFile.CatalogException.class,
                () -> CatalogFile.read(new StringReader(HEADER + body))).getMessage();
        assertTrue(message.endsWith(expected), message);
    }
}
