package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.partnerhub.customeruser.CustomerUserSearch;
import org.partnerhub.customeruser.CustomerUserService;
import org.partnerhub.customeruser.ImportPreview;
import org.partnerhub.customeruser.ImportRow;
import org.partnerhub.customeruser.ImportStatus;
import org.partnerhub.customeruser.ImportView;
import org.partnerhub.customeruser.NewCustomerUser;
import org.partnerhub.customeruser.UserImportService;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.signin.SignInService;

/** Many users from a file: checked line by line, written all or none in the background, passwords handed out once. */
class UserImportsIT extends InContainerTest {

    private static final long BUSINESS_STANDARD = 2;
    private static final String HEADER = "user_name,first_name,last_name,display_name,contact_email,usage_location,role,licenses\n";

    @EJB
    UserImportService imports;

    @EJB
    CustomerUserService users;

    @EJB
    SignInService signIn;

    @EJB
    TestData testData;

    @Test
    void everyLineIsCheckedAndNothingIsWrittenByTheCheck() {
        long customer = customerWithTwoLicenses();
        NewCustomerUser existing = new NewCustomerUser();
        existing.setUserName("taken");
        existing.setFirstName("Taken");
        existing.setLastName("Already");
        existing.setUsageLocation("US");
        users.add(customer, existing);

        ImportPreview preview = imports.check(customer, "users.csv", (HEADER
                + "good1,Good,One,,,US,user,M365-BUSINESS-STANDARD\n"
                + "good2,Good,Two,,good2@example.com,BR,admin,M365-BUSINESS-STANDARD\n"
                + "good3,Good,Three,,,US,user,M365-BUSINESS-STANDARD\n"
                + "good1,Again,One,,,US,user,\n"
                + "taken,Taken,Twice,,,US,user,\n"
                + "nowhere,No,Where,,,XX,user,\n"
                + "formula,=cmd(),Evil,,,US,user,\n"
                + "boss,The,Boss,,,US,boss,\n"
                + "nope,No,Offer,,,US,user,NOPE\n"
                + "Bad Name,Bad,Name,,not-an-email,US,user,\n"
                + ",,,,,,,\n"
                + "short,line\n").getBytes(StandardCharsets.UTF_8));

        Map<Integer, List<String>> problems = preview.rows().stream().collect(Collectors.toMap(ImportRow::line,
                row -> row.problems().stream().map(ImportRow.Problem::messageKey).sorted().toList()));
        assertEquals(List.of(), problems.get(2));
        assertEquals(List.of(), problems.get(3));
        assertEquals(List.of("import.row.noFreeLicense"), problems.get(4));
        assertEquals(List.of("import.row.duplicateInFile"), problems.get(5));
        assertEquals(List.of("import.row.exists"), problems.get(6));
        assertEquals(List.of("import.row.country"), problems.get(7));
        assertEquals(List.of("import.row.formula"), problems.get(8));
        assertEquals(List.of("import.row.role"), problems.get(9));
        assertEquals(List.of("import.row.unknownOffer"), problems.get(10));
        assertEquals(List.of("import.row.email", "import.row.userName"), problems.get(11));
        assertEquals(List.of("import.row.required", "import.row.required", "import.row.required", "import.row.required"),
                problems.get(12));
        ImportRow.Problem lacking = preview.rows().stream().filter(row -> row.line() == 13).findFirst().orElseThrow()
                .problems().stream().filter(p -> p.messageKey().equals("import.row.fieldsMissing")).findFirst().orElseThrow();
        assertEquals(List.of("2", "8", "last_name, display_name, contact_email, usage_location, role, licenses"),
                lacking.arguments(), "every column the short line lacks");
        assertEquals(2, preview.valid());
        assertEquals(10, preview.invalid());
        assertEquals(1, users.count(customer, CustomerUserSearch.all()), "the check wrote nothing");
    }

    @Test
    void theValidLinesAreWrittenInTheBackgroundAndThePasswordsHandedOutOnce() throws Exception {
        long customer = customerWithTwoLicenses();
        ImportPreview preview = imports.check(customer, "team.csv", ("\uFEFF" + HEADER.replace(',', ';')
                + "lead;Lea;Lead;;;BR;admin;M365-BUSINESS-STANDARD\n"
                + "member;Mem;Ber;;;BR;user;M365-BUSINESS-STANDARD\n"
                + "broken;;;;;BR;user;\n").getBytes(StandardCharsets.UTF_8));

        BusinessException blocked = assertThrows(BusinessException.class, () -> imports.start(preview.token(), false));
        assertEquals("import.invalidRows", blocked.messageKey());
        long id = imports.start(preview.token(), true);
        assertRefused("import.checkAgain", () -> imports.start(preview.token(), true));

        ImportView done = finished(customer, id);
        assertEquals(ImportStatus.DONE, done.status());
        assertEquals(2, done.rowsToImport());
        assertEquals(3, done.fileRows());
        assertEquals(2, users.count(customer, CustomerUserSearch.all()));
        assertEquals("Microsoft 365 Business Standard",
                users.users(customer, new CustomerUserSearch("member@"), 0, 1).get(0).licensesList(Locale.ENGLISH));

        List<String> result = new String(imports.result(id), StandardCharsets.UTF_8).lines().toList();
        assertEquals("\uFEFFuser_name,display_name,temporary_password", result.get(0));
        assertEquals(3, result.size());
        String[] lead = result.get(1).split(",");
        assertTrue(lead[0].startsWith("lead@"), result.get(1));
        assertEquals(lead[0], signedInName(signIn, lead[0], lead[2].toCharArray()).orElseThrow(),
                "the imported admin signs in with the password of the file");
        assertRefused("import.resultGone", () -> imports.result(id));
    }

    @Test
    void theResultFileIsKeptSealedUntilItsDownload() throws Exception {
        long customer = customerWithTwoLicenses();
        ImportPreview preview = imports.check(customer, "one.csv", (HEADER
                + "solo,So,Lo,,,US,user,\n").getBytes(StandardCharsets.UTF_8));
        long id = imports.start(preview.token(), false);
        assertEquals(ImportStatus.DONE, finished(customer, id).status());

        String stored = testData.storedResultOf(id);
        String file = new String(imports.result(id), StandardCharsets.UTF_8);
        String password = file.lines().toList().get(1).split(",")[2];
        assertEquals(16, password.length());
        assertFalse(stored.contains(password), "the database holds no temporary password");
        assertFalse(stored.contains("solo@"), "nor a user name");
    }

    @Test
    void anImportWhoseServerIsGoneIsMarkedFailedAndOneOfALiveServerIsNot() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Lease Ltd").getId();
        fixtures.signInAs(partner.adminEmail());
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long gone = testData.importRunningElsewhere(partner.id(), customer, now.minusSeconds(5));
        long alive = testData.importRunningElsewhere(partner.id(), customer, now.plusMinutes(10));

        // Every server looks for abandoned imports every 20 seconds (ImportRecovery).
        ImportView abandoned = finished(customer, gone);
        assertEquals(ImportStatus.FAILED, abandoned.status());
        assertEquals("import.interrupted", abandoned.failure());
        assertTrue(imports.imports(customer).stream().filter(view -> view.id() == alive).findFirst().orElseThrow()
                .isRunning(), "another live server's import is not touched");
    }

    @Test
    void aNameTakenAfterTheCheckFailsTheWholeImportAndWritesNothing() throws Exception {
        long customer = customerWithTwoLicenses();
        ImportPreview preview = imports.check(customer, "late.csv", (HEADER
                + "first,First,User,,,US,user,M365-BUSINESS-STANDARD\n"
                + "second,Second,User,,,US,user,\n").getBytes(StandardCharsets.UTF_8));
        NewCustomerUser meanwhile = new NewCustomerUser();
        meanwhile.setUserName("second");
        meanwhile.setFirstName("Second");
        meanwhile.setLastName("Meanwhile");
        meanwhile.setUsageLocation("US");
        users.add(customer, meanwhile);

        ImportView failed = finished(customer, imports.start(preview.token(), false));
        assertEquals(ImportStatus.FAILED, failed.status());
        assertEquals("import.nameTakenMeanwhile", failed.failure());
        assertEquals(1, users.count(customer, CustomerUserSearch.all()), "not even the first line");
        assertEquals(List.of(), users.users(customer, new CustomerUserSearch("second@"), 0, 1).get(0).licenses());
    }

    /** A customer of a new partner with one subscription of two licenses; signs in as its Global admin. */
    private long customerWithTwoLicenses() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        long customer = testData.customerOf(partner.id(), "Import Ltd").getId();
        testData.subscription(partner.id(), customer, BUSINESS_STANDARD, 2);
        fixtures.signInAs(partner.adminEmail());
        return customer;
    }

    private ImportView finished(long customer, long importId) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            ImportView job = imports.imports(customer).stream().filter(view -> view.id() == importId).findFirst()
                    .orElseThrow();
            if (!job.isRunning()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + importId + " still running after 30 s");
    }

    private static void assertRefused(String messageKey, Executable attempt) {
        assertEquals(messageKey, assertThrows(BusinessException.class, attempt).messageKey());
    }
}
