package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerRow;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.customer.CustomerSort;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;

/** The customer list is searched, sorted and paged by the database, over thousands of customers. */
class CustomerListIT extends InContainerTest {

    @EJB
    CustomerQueries queries;

    @EJB
    TestData testData;

    @EJB
    CustomerService customers;

    @Test
    void pagesComeFromTheDatabaseInTheChosenOrderWithTheSearchApplied() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String name = "Bulk " + UUID.randomUUID().toString().substring(0, 6);
        testData.customersOf(partner.id(), name, 3000);
        var other = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        testData.customersOf(other.id(), name, 5);
        fixtures.signInAs(partner.adminEmail());

        CustomerSearch byName = new CustomerSearch(name.toUpperCase(), CustomerSort.NAME, true);
        assertEquals(3000, queries.count(byName), "any case, and none of the other partner's");
        assertEquals(3000, queries.count(CustomerSearch.all()));

        List<CustomerRow> lastPage = queries.customers(byName, 2975, 50);
        assertEquals(25, lastPage.size());
        assertEquals(name + " 02976", lastPage.get(0).companyName());
        assertEquals(name + " 03000", lastPage.get(24).companyName());

        CustomerSearch descending = new CustomerSearch(name, CustomerSort.NAME, false);
        assertEquals(List.of(name + " 03000", name + " 02999"),
                queries.customers(descending, 0, 2).stream().map(CustomerRow::companyName).toList());

        CustomerSearch newestFirst = new CustomerSearch("", CustomerSort.CREATED, false);
        assertEquals(100, queries.customers(newestFirst, 100, 100).size());

        // The domain matches too: the prefixes end in -01500 ... -01509.
        CustomerSearch byDomain = new CustomerSearch("-0150", CustomerSort.NAME, true);
        assertEquals(10, queries.count(byDomain));
        assertEquals(name + " 01500", queries.customers(byDomain, 0, 25).get(0).companyName());
        // A whole domain, as a user copies it from the account page, finds its customer.
        String domain = queries.customers(byDomain, 0, 25).get(0).domain();
        assertEquals(List.of(name + " 01500"), queries.customers(new CustomerSearch(domain.toUpperCase(),
                CustomerSort.NAME, true), 0, 25).stream().map(CustomerRow::companyName).toList());

        // LIKE wildcards in the search text are taken literally.
        assertEquals(0, queries.count(new CustomerSearch("%", CustomerSort.NAME, true)));
    }

    @Test
    void aFarPageOfAListCountedAboutStartsFromTheNearestThousandthRowAtTheSameRows() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String name = "Far " + UUID.randomUUID().toString().substring(0, 6);
        testData.customersOf(partner.id(), name, 10_500);
        fixtures.signInAs(partner.adminEmail());
        CustomerSearch byName = CustomerSearch.all();
        assertEquals(10_500, queries.listCount(byName).rows());
        assertTrue(queries.listCount(byName).approximate(), "counted once, then about as many");

        List<CustomerRow> far = queries.listPage(byName, 4990, 25);
        assertEquals(names(name, 4991, 5015), far.stream().map(CustomerRow::companyName).toList(),
                "across the fifth thousand, as the exact page");
        assertEquals(queries.customers(byName, 4990, 25), far);
        assertEquals(names(name, 10_476, 10_500),
                queries.listPage(byName, 10_475, 50).stream().map(CustomerRow::companyName).toList(), "the last page");

        CustomerSearch descending = new CustomerSearch("", CustomerSort.NAME, false);
        assertEquals(queries.customers(descending, 7001, 25), queries.listPage(descending, 7001, 25));
        CustomerSearch newestFirst = new CustomerSearch("", CustomerSort.CREATED, false);
        assertEquals(queries.customers(newestFirst, 3333, 25), queries.listPage(newestFirst, 3333, 25));
    }

    private static List<String> names(String prefix, int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> String.format("%s %05d", prefix, i)).toList();
    }

    @Test
    void aRenamedCustomerMovesToItsNewPlaceInTheList() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        String name = "Renamed " + UUID.randomUUID().toString().substring(0, 6);
        testData.customersOf(partner.id(), name, 3);
        fixtures.signInAs(partner.adminEmail());
        CustomerSearch byName = new CustomerSearch(name, CustomerSort.NAME, true);
        CustomerRow last = queries.customers(byName, 2, 1).get(0);

        AccountInfo info = queries.account(last.id()).info();
        info.setCompanyName(name + " 00000");
        customers.updateAccountInfo(last.id(), info);

        assertEquals(List.of(name + " 00000", name + " 00001", name + " 00002"),
                queries.customers(byName, 0, 3).stream().map(CustomerRow::companyName).toList());
    }
}
