package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnerhub.account.AccountInfo;
import org.partnerhub.customer.CustomerQueries;
import org.partnerhub.customer.CustomerSearch;
import org.partnerhub.customer.CustomerService;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.relationship.RelationshipRemoval;
import org.partnerhub.security.NewUserCredentials;
import org.partnerhub.shared.Language;
import org.partnerhub.subscription.OrderLine;

/** Who may do what with customers: the services refuse what a role does not allow. */
class CustomerRolesIT extends InContainerTest {

    @EJB
    CustomerService customers;

    @EJB
    CustomerQueries queries;

    @EJB
    PartnerUserService users;

    @EJB
    TestData testData;

    @Test
    void aHelpdeskAgentSeesCustomersButAddsUpdatesAndRemovesNone() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        long id = testData.customerOf(partner.id(), "Helpdesk View Ltd").getId();
        NewUserCredentials helpdesk = agent(PartnerRole.HELPDESK_AGENT);

        fixtures.signInAs(helpdesk.email(), helpdesk.temporaryPassword().value());

        assertEquals(1, queries.count(CustomerSearch.all()));
        AccountInfo info = queries.account(id).info();
        assertThrows(EJBAccessException.class, () -> customers.addCustomer(
                TestData.details("Not Allowed", "it-" + UUID.randomUUID().toString().substring(0, 12)),
                List.of(new OrderLine(2, 1))));
        assertThrows(EJBAccessException.class, () -> customers.updateAccountInfo(id, info));
        assertThrows(EJBAccessException.class,
                () -> customers.removeRelationship(id, new RelationshipRemoval(true, "no")));
    }

    @Test
    void aSalesAgentAddsCustomersButUpdatesAndRemovesNone() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());
        NewUserCredentials sales = agent(PartnerRole.SALES_AGENT);

        fixtures.signInAs(sales.email(), sales.temporaryPassword().value());

        long id = customers.addCustomer(
                TestData.details("Sold Ltd", "it-" + UUID.randomUUID().toString().substring(0, 12)),
                List.of(new OrderLine(2, 3))).customerId();
        AccountInfo info = queries.account(id).info();
        assertThrows(EJBAccessException.class, () -> customers.updateAccountInfo(id, info));
        assertThrows(EJBAccessException.class,
                () -> customers.removeRelationship(id, new RelationshipRemoval(true, "no")));
    }

    private NewUserCredentials agent(PartnerRole role) {
        return users.addUser(new NewPartnerUser(Fixtures.uniqueEmail(role.name().toLowerCase()), "Agent",
                EnumSet.of(role), Language.EN));
    }
}
