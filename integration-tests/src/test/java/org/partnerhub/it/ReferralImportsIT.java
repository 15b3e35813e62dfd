package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.audit.Summary;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.notification.NotificationKind;
import org.partnerhub.notification.NotificationService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.referral.ReferralImportFile;
import org.partnerhub.referral.ReferralImportLine;
import org.partnerhub.referral.ReferralImportService;
import org.partnerhub.referral.ReferralList;
import org.partnerhub.referral.ReferralQueries;
import org.partnerhub.referral.ReferralStatus;
import org.partnerhub.referral.ReferralView;
import org.partnerhub.shared.BusinessException;

/** Many leads from a file: checked line by line, then written as single leads are, all of them, the valid ones or none. */
class ReferralImportsIT extends InContainerTest {

    private static final String HEADER = String.join(",", ReferralImportFile.COLUMNS) + "\n";
    private static final long BUSINESS_STANDARD = 2;

    @EJB
    ReferralImportService imports;

    @EJB
    ReferralQueries queries;

    @EJB
    AuditLogQueries audit;

    @EJB
    NotificationService notifications;

    @EJB
    TestData testData;

    @Test
    void aGoodFileRecordsEveryLeadForThePartnerToWorkAndTheImportIsAuditedOnce() {
        signInAsNewPartner(PartnerType.DIRECT_RESELLER);

        int written = imports.importLeads("leads.csv", bytes("\uFEFF" + HEADER.replace(',', ';')
                + "Alpha Ltda;Ana;Lima;ana@alpha.example;+55 11 5555-0100;br;m365-business-standard;25;\"7500,00\";brl;"
                + "Trade show;First contact in May\n"
                + "Beta SA;Bruno;Souza;bruno@beta.example;;BR;;;;;;\n"
                + "Gamma Inc;Gil;Moore;gil@gamma.example;;US;;;;;Partner event;\n"), false, null);

        assertEquals(3, written);
        Map<String, ReferralView> working = working();
        assertEquals(3, working.size());
        ReferralView alpha = working.get("Alpha Ltda");
        assertEquals(ReferralStatus.NEW, alpha.status());
        assertEquals("BR", alpha.country());
        assertEquals(BUSINESS_STANDARD, alpha.offerId());
        assertEquals(25, alpha.licenses());
        assertEquals("7500.00 BRL", alpha.estimatedValue().amount().toPlainString() + " " + alpha.estimatedValue().currency());
        assertEquals("Trade show", alpha.source());

        List<AuditEntry> log = audit.latest(10);
        assertEquals(3, log.stream().filter(entry -> entry.action() == AuditAction.REFERRAL_CREATED).count(),
                "each lead is recorded as a single one is");
        AuditEntry imported = log.get(0);
        assertEquals(AuditAction.REFERRALS_IMPORTED, imported.action());
        assertEquals("leads.csv", imported.target());
        assertEquals(Summary.of("referralsImported", 3), imported.summary());
    }

    @Test
    void eachBadLineHasItsProblemsWithItsNumberAndTheCheckWritesNothing() {
        signInAsNewPartner(PartnerType.DIRECT_RESELLER);

        List<ReferralImportLine> lines = imports.check(bytes(HEADER
                + "Good Co,Gus,Good,gus@good.example,,US,,,,,,\n"
                + ",,,,,US,,,,,,\n"
                + "Mail Co,Mia,Mail,not-an-email,,US,,,,,,\n"
                + "Nowhere Co,Nat,Where,nat@nowhere.example,,XX,,,,,,\n"
                + "Offer Co,Otto,Fer,otto@offer.example,,US,NO-SUCH-OFFER,,,,,\n"
                + "Count Co,Cid,Count,cid@count.example,,US,,10,,,,\n"
                + "Money Co,Mo,Ney,mo@money.example,,US,,,lots,XYZ,,\n"
                + "good co,Gus,Again,GUS@GOOD.EXAMPLE,,US,,,,,,\n"));

        Map<Integer, List<String>> problems = lines.stream().collect(Collectors.toMap(ReferralImportLine::line,
                line -> line.problems().stream().map(p -> p.column() + " " + p.messageKey()).toList()));
        assertEquals(List.of(), problems.get(2));
        assertEquals(List.of("company_name import.row.required", "contact_first_name import.row.required",
                "contact_last_name import.row.required", "contact_email import.row.required"), problems.get(3));
        assertEquals(List.of("contact_email import.row.email"), problems.get(4));
        assertEquals(List.of("country import.row.country"), problems.get(5));
        assertEquals(List.of("offer_code referralImport.row.unknownOffer"), problems.get(6));
        assertEquals(List.of("licenses referralImport.row.licensesWithoutOffer"), problems.get(7));
        assertEquals(List.of("estimated_value referralImport.row.amount", "currency referralImport.row.currency"),
                problems.get(8));
        assertEquals(List.of("company_name referralImport.row.duplicate"), problems.get(9));
        assertEquals(List.of("2"), lines.get(7).problems().get(0).arguments().stream().map(String::valueOf).toList(),
                "the line it repeats");
        assertEquals(Map.of(), working(), "the check wrote nothing");
    }

    @Test
    void allOrNothingWithOneBadLineWritesNothingAndTheValidOnlyImportWritesTheGoodOnes() {
        signInAsNewPartner(PartnerType.DIRECT_RESELLER);
        byte[] file = bytes(HEADER
                + "One Co,Ona,One,ona@one.example,,US,,,,,,\n"
                + "Two Co,Tom,Two,not-an-email,,US,,,,,,\n"
                + "Three Co,Tea,Three,tea@three.example,,US,,,,,,\n");

        BusinessException refused = assertThrows(BusinessException.class,
                () -> imports.importLeads("mixed.csv", file, true, null));
        assertEquals("referralImport.invalidLines", refused.messageKey());
        assertEquals("allOrNothing", refused.field());
        assertEquals(List.of(1), List.of(refused.arguments()));
        assertEquals(Map.of(), working(), "nothing written");

        assertEquals(2, imports.importLeads("mixed.csv", file, false, null));
        assertEquals(List.of("One Co", "Three Co"), working().keySet().stream().sorted().toList());
        assertEquals(Summary.of("referralsImported", 2).and("linesLeftOut", 1), audit.latest(1).get(0).summary());
    }

    @Test
    void referredAllToAResellerTheLeadsWaitForItsAnswerAndItHearsOfEach() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        testData.partnership(provider.id(), reseller.id());
        String salesAgent = fixtures.newUser(provider, PartnerRole.SALES_AGENT);
        fixtures.signInAs(salesAgent);

        int written = imports.importLeads("for-reseller.csv", bytes(HEADER
                + "Delta Ltd,Dan,Delta,dan@delta.example,,GB,,,,,,\n"
                + "Echo Ltd,Eve,Echo,eve@echo.example,,GB,,,,,,\n"), true, reseller.id());

        assertEquals(2, written);
        List<ReferralView> referred = queries.page(ReferralList.REFERRED, null, null, null, 10).items();
        assertEquals(2, referred.size());
        assertTrue(referred.stream().allMatch(view -> view.status() == ReferralStatus.PENDING
                && view.assigneeId() == reseller.id()), referred.toString());

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(Map.of("Delta Ltd", ReferralStatus.PENDING, "Echo Ltd", ReferralStatus.PENDING),
                working().values().stream().collect(Collectors.toMap(ReferralView::companyName, ReferralView::status)));
        assertEquals(2, notifications.page(null, 10).items().stream()
                .filter(row -> row.kind() == NotificationKind.REFERRAL_RECEIVED).count());
    }

    @Test
    void aResellerThatIsNotPartneredRefusesTheWholeFile() {
        signInAsNewPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner stranger = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);

        assertThrows(BusinessException.class, () -> imports.importLeads("stranger.csv", bytes(HEADER
                + "Fox Ltd,Fay,Fox,fay@fox.example,,GB,,,,,,\n"), false, stranger.id()));
        assertEquals(Map.of(), working(), "not even kept by the provider");
    }

    @Test
    void aHelpdeskAgentNeitherChecksNorImports() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.HELPDESK_AGENT));
        byte[] file = bytes(HEADER + "Golf Ltd,Gil,Golf,gil@golf.example,,US,,,,,,\n");

        assertThrows(EJBAccessException.class, () -> imports.check(file));
        assertThrows(EJBAccessException.class, () -> imports.importLeads("golf.csv", file, false, null));
        assertEquals(Map.of(), working());
    }

    private void signInAsNewPartner(PartnerType type) {
        fixtures.signInAs(fixtures.newPartner(type).adminEmail());
    }

    /** The signed-in partner's working list, by company. */
    private Map<String, ReferralView> working() {
        return queries.page(ReferralList.WORKING, null, null, null, 50).items().stream()
                .collect(Collectors.toMap(ReferralView::companyName, view -> view));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
