package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.activity.AuditFilter;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditRecord;
import org.partnerhub.audit.AuditTarget;
import org.partnerhub.audit.Summary;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;
import org.partnerhub.shared.KeysetPage;
import org.partnerhub.subscription.OrderLine;
import org.partnerhub.subscription.SubscriptionChangeService;
import org.partnerhub.web.audit.AuditLogExport;

/**
 * The audit log workspace's reading of the log: each filter, their combination, the order and
 * paging, one partner's log only, the export's file, and the retention's deletion of old events.
 */
class AuditLogIT extends InContainerTest {

    private static final long OFFICE_E3 = 4;

    @EJB
    AuditLogQueries log;

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries customerQueries;

    @EJB
    SubscriptionChangeService changes;

    @EJB
    TestData testData;

    @Inject
    AuditLogExport export;


    @Test
    void eachFilterFindsWhatTheServicesRecordedAndTheFiltersCombine() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        String agent = fixtures.newUser(partner, PartnerRole.ADMIN_AGENT);
        String tag = tag();
        fixtures.signInAs(partner.adminEmail());
        long alpha = customers.addCustomer(TestData.details("Alpha " + tag, "alpha-" + tag),
                List.of(new OrderLine(OFFICE_E3, 5))).customerId();
        long beta = customers.addCustomer(TestData.details("Beta " + tag, "beta-" + tag)).customerId();
        fixtures.signInAs(agent);
        AccountInfo info = customerQueries.account(alpha).info();
        info.setCity("Porto");
        customers.updateAccountInfo(alpha, info);
        long subscription = customerQueries.subscriptions(alpha).get(0).id();
        changes.changeLicenses(subscription, changes.view(subscription).row().version(), 7);
        fixtures.signInAs(partner.adminEmail());
        AuditFilter all = AuditFilter.all();

        assertEquals(List.of(AuditAction.LICENSES_CHANGED, AuditAction.ACCOUNT_UPDATED, AuditAction.ORDER_SUBMITTED,
                AuditAction.CUSTOMER_CREATED), actions(all.about(alpha)));
        assertEquals(List.of(AuditAction.CUSTOMER_CREATED), actions(all.about(beta)));
        assertEquals(List.of(AuditAction.LICENSES_CHANGED, AuditAction.ACCOUNT_UPDATED, AuditAction.SIGNED_IN),
                actions(all.by(agent)), "the agent's own, its sign-in too");
        assertEquals(List.of("beta-" + tag + ".partnerhub.example", "alpha-" + tag + ".partnerhub.example"),
                read(all.of(AuditAction.CUSTOMER_CREATED)).stream().map(AuditRecord::target).toList());
        // Words of the summary (the customer's name), in any case, but not its wording.
        assertEquals(List.of(AuditAction.ACCOUNT_UPDATED, AuditAction.CUSTOMER_CREATED),
                actions(all.containing("ALPHA " + tag.toUpperCase(Locale.ROOT))));
        assertEquals(List.of(AuditAction.LICENSES_CHANGED), actions(all.containing("office 365 e3")));
        assertEquals(List.of(), actions(all.containing("licenses")), "the English pattern is no stored word");
        assertEquals(List.of(), actions(all.containing("%")), "a wildcard is taken literally");

        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        AuditFilter everything = new AuditFilter(now.minusDays(1), now.plusDays(1), agent,
                AuditAction.LICENSES_CHANGED, alpha, "Office 365");
        List<AuditRecord> one = read(everything);
        assertEquals(1, one.size(), one.toString());
        assertEquals(alpha, one.get(0).customerId());
        assertEquals(subscription, one.get(0).subjectId(), "the row opens the subscription");
        assertEquals(List.of(), read(everything.of(AuditAction.ACCOUNT_UPDATED)), "each part narrows the others");
        assertEquals(List.of(), read(everything.about(beta)));
        assertEquals(List.of(), read(everything.by(partner.adminEmail())));
        assertEquals(List.of(), read(everything.between(now.plusDays(1), null)));
    }

    @Test
    void aRangeHoldsItsFirstInstantAndNotItsLast() {
        TestPartner partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        List<Long> ids = new ArrayList<>();
        for (LocalDateTime at : List.of(LocalDateTime.of(2019, 12, 31, 23, 59, 59), LocalDateTime.of(2020, 1, 1, 0, 0),
                LocalDateTime.of(2020, 6, 15, 12, 0), LocalDateTime.of(2020, 12, 31, 23, 59, 59, 999_000_000),
                LocalDateTime.of(2021, 1, 1, 0, 0))) {
            ids.add(testData.auditEvent(partner.id(), null, AuditAction.CATALOG_LOADED, AuditTarget.named("catalog"),
                    null, at));
        }
        fixtures.signInAs(partner.adminEmail());
        AuditFilter catalog = AuditFilter.all().of(AuditAction.CATALOG_LOADED);

        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1)),
                idsOf(catalog.between(LocalDateTime.of(2020, 1, 1, 0, 0), LocalDateTime.of(2021, 1, 1, 0, 0))));
        assertEquals(List.of(ids.get(4), ids.get(3), ids.get(2)),
                idsOf(catalog.between(LocalDateTime.of(2020, 6, 15, 12, 0), null)));
        assertEquals(List.of(ids.get(0)), idsOf(catalog.between(null, LocalDateTime.of(2020, 1, 1, 0, 0))));
    }

    @Test
    void pagesGoNewestFirstEachEventOnceAndKeepTheirFilter() {
        TestPartner partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        long customer = testData.customerOf(partner.id(), "Paged " + tag()).getId();
        LocalDateTime base = LocalDateTime.of(2024, 3, 1, 10, 0);
        List<Long> made = new ArrayList<>();
        List<LocalDateTime> times = new ArrayList<>();
        // Two pairs recorded at the same instant: the id decides between them.
        for (int minutes : new int[] {0, 5, 5, 9, 12, 12, 30}) {
            made.add(testData.auditEvent(partner.id(), partner.adminEmail(), AuditAction.ACCOUNT_UPDATED,
                    AuditTarget.customer(customer, "paged.partnerhub.example"), null, base.plusMinutes(minutes)));
            times.add(base.plusMinutes(minutes));
        }
        // Another customer's event among them, which the filter leaves out.
        testData.auditEvent(partner.id(), partner.adminEmail(), AuditAction.ACCOUNT_UPDATED,
                AuditTarget.customer(customer + 1, "other.partnerhub.example"), null, base.plusMinutes(7));
        fixtures.signInAs(partner.adminEmail());

        KeysetPage<AuditRecord> first = log.records(AuditFilter.all().about(customer), null, 3);
        // Recorded while the caller pages: newer than the first page, so on none of the next.
        testData.auditEvent(partner.id(), partner.adminEmail(), AuditAction.ACCOUNT_UPDATED,
                AuditTarget.customer(customer, "paged.partnerhub.example"), null, null);
        // A next page follows its continuation's filter, whatever filter comes with it.
        KeysetPage<AuditRecord> second = log.records(AuditFilter.all(), first.next(), 3);
        KeysetPage<AuditRecord> third = log.records(AuditFilter.all().of(AuditAction.SIGNED_IN), second.next(), 3);

        assertEquals(List.of(3, 3, 1), List.of(first.items().size(), second.items().size(), third.items().size()));
        assertNull(third.next(), "the last page says so");
        List<Long> read = new ArrayList<>();
        for (KeysetPage<AuditRecord> page : List.of(first, second, third)) {
            page.items().forEach(event -> read.add(event.id()));
        }
        List<Integer> newestFirst = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6));
        newestFirst.sort(Comparator.<Integer, LocalDateTime>comparing(times::get).thenComparing(made::get).reversed());
        assertEquals(newestFirst.stream().map(made::get).toList(), read);
        assertEquals(7, new HashSet<>(read).size(), "no event twice");
    }

    @Test
    void aPartnerReadsOnlyItsOwnLogWhateverItFiltersBy() {
        TestPartner provider = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        TestPartner reseller = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);
        String tag = tag();
        long shared = testData.customerOf(provider.id(), "Shared " + tag).getId();
        testData.relationship(reseller.id(), shared);
        long providers = testData.auditEventAbout(provider.id(), provider.adminEmail(), AuditAction.ACCOUNT_UPDATED, shared);
        long resellers = testData.auditEventAbout(reseller.id(), reseller.adminEmail(), AuditAction.ACCOUNT_UPDATED, shared);
        fixtures.signInAs(provider.adminEmail());
        String providersContinuation = log.records(AuditFilter.all(), null, 1).next();

        fixtures.signInAs(reseller.adminEmail());
        assertEquals(List.of(resellers), idsOf(AuditFilter.all().about(shared)), "the shared customer's, in my log only");
        assertEquals(List.of(resellers), idsOf(AuditFilter.all().containing("Shared " + tag)));
        assertEquals(List.of(), idsOf(AuditFilter.all().by(provider.adminEmail())));
        assertFalse(idsOf(AuditFilter.all()).contains(providers));
        assertEquals("continuation.invalid", assertThrows(BusinessException.class,
                () -> log.records(AuditFilter.all(), providersContinuation, 10)).messageKey());
        assertEquals(List.of(), log.actors(provider.adminEmail(), 10), "no other partner's user is suggested");
        assertEquals(List.of(reseller.adminEmail()), log.actors(reseller.adminEmail().substring(0, 12), 10));
    }

    @Test
    void theExportHoldsTheFilteredEventsInTheReadersLanguageWithFormulasNeutralised() throws Exception {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        String tag = tag();
        long formula = testData.customerOf(partner.id(), "=HYPERLINK(\"http://x.example\") " + tag).getId();
        long other = testData.customerOf(partner.id(), "Other " + tag).getId();
        // More than a page of the database: the export reads on until the log ends.
        int count = KeysetPage.MAX_SIZE + 2;
        testData.auditEventsAbout(partner.id(), partner.adminEmail(), AuditAction.ACCOUNT_UPDATED, formula, count);
        testData.auditEventAbout(partner.id(), partner.adminEmail(), AuditAction.ACCOUNT_UPDATED, other);
        fixtures.signInAs(partner.adminEmail());

        StringWriter file = new StringWriter();
        export.write(AuditFilter.all().about(formula), Locale.forLanguageTag("pt-BR"), file);

        List<String> lines = file.toString().lines().toList();
        assertEquals("\uFEFFQuando (UTC),Quem,O quê,Sobre,Detalhes", lines.get(0));
        assertEquals(count + 1, lines.size(), "a line for each of the customer's events, none of the other's");
        String domain = customerQueries.account(formula).domain();
        assertTrue(lines.get(1).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},"
                + java.util.regex.Pattern.quote(partner.adminEmail() + ",Conta do cliente atualizada," + domain
                        + ",\"'=HYPERLINK(\"\"http://x.example\"\") " + tag + "\"")), lines.get(1));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(",Conta do cliente atualizada,")));
    }

    @Test
    void retentionDeletesTheOldestEventsABatchAtATimeAndNothingNewer() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        LocalDateTime cutoff = LocalDateTime.of(1971, 6, 1, 0, 0);
        while (testData.deleteAuditEventsBefore(cutoff, 1000) > 0) {
            // what an earlier run of this test may have left
        }
        long oldest = testData.auditEvent(partner.id(), null, AuditAction.CATALOG_LOADED, AuditTarget.named("catalog"),
                null, LocalDateTime.of(1971, 1, 1, 0, 0));
        long older = testData.auditEvent(partner.id(), null, AuditAction.CATALOG_LOADED, AuditTarget.named("catalog"),
                null, LocalDateTime.of(1971, 2, 1, 0, 0));
        long kept = testData.auditEvent(partner.id(), null, AuditAction.CATALOG_LOADED, AuditTarget.named("catalog"),
                Summary.of("offer", "kept"), LocalDateTime.of(1971, 6, 1, 0, 0));

        assertEquals(1, testData.deleteAuditEventsBefore(cutoff, 1), "a batch of one: the oldest");
        assertFalse(testData.auditEventExists(oldest));
        assertTrue(testData.auditEventExists(older));
        assertEquals(1, testData.deleteAuditEventsBefore(cutoff, 1000));
        assertEquals(0, testData.deleteAuditEventsBefore(cutoff, 1000));
        assertFalse(testData.auditEventExists(older));
        assertTrue(testData.auditEventExists(kept), "recorded at the cutoff: kept");
        fixtures.signInAs(partner.adminEmail());
        assertEquals(List.of(kept), idsOf(AuditFilter.all().of(AuditAction.CATALOG_LOADED)));
    }

    private List<AuditRecord> read(AuditFilter filter) {
        return log.records(filter, null, KeysetPage.MAX_SIZE).items();
    }

    private List<AuditAction> actions(AuditFilter filter) {
        return read(filter).stream().map(AuditRecord::action).toList();
    }

    private List<Long> idsOf(AuditFilter filter) {
        return read(filter).stream().map(AuditRecord::id).toList();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
