package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.activity.AuditLogQueries;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditEntry;
import org.partnerhub.identity.ApiClientCredentials;
import org.partnerhub.identity.ApiClientRow;
import org.partnerhub.identity.ApiClientService;
import org.partnerhub.identity.ApiTokenService;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.TokenOutcome;
import org.partnerhub.it.Fixtures.TestPartner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.BusinessException;

/** A Global admin's API clients, and the tokens their credentials give. */
class ApiClientsIT extends InContainerTest {

    @EJB
    ApiClientService clients;

    @EJB
    ApiTokenService tokens;

    @EJB
    AuditLogQueries audit;

    @Test
    void aGlobalAdminRegistersAClientWhoseSecretIsShownOnceAndRotatingItEndsItsTokens() {
        TestPartner partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);
        fixtures.signInAs(partner.adminEmail());

        ApiClientCredentials registered = clients.register("Billing sync", PartnerRole.SALES_AGENT);
        TokenOutcome first = tokens.issue(registered.clientId(), registered.secret().value(), null);
        ApiClientCredentials rotated = clients.rotateSecret(registered.id());

        List<ApiClientRow> rows = clients.clients();
        assertEquals(List.of("Billing sync"), rows.stream().map(ApiClientRow::name).toList());
        assertEquals(PartnerRole.SALES_AGENT, rows.get(0).role());
        assertFalse(rows.get(0).toString().contains(registered.secret().value()), "the list never holds a secret");
        String token = assertInstanceOf(TokenOutcome.Issued.class, first).token().value();
        assertTrue(tokens.authenticate(token).isEmpty(), "a token of the old secret ends with it");
        assertInstanceOf(TokenOutcome.Refused.class, tokens.issue(registered.clientId(), registered.secret().value(), null));
        assertInstanceOf(TokenOutcome.Issued.class, tokens.issue(rotated.clientId(), rotated.secret().value(), null));
        assertEquals(List.of(AuditAction.API_CLIENT_SECRET_ROTATED, AuditAction.API_CLIENT_REGISTERED),
                audit.latest(2).stream().map(AuditEntry::action).toList());
    }

    @Test
    void aDisabledClientGetsNoTokenAndItsTokensStopAtOnceUntilItIsEnabledAgain() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        ApiClientCredentials client = clients.register("Nightly export", PartnerRole.HELPDESK_AGENT);
        String token = ((TokenOutcome.Issued) tokens.issue(client.clientId(), client.secret().value(), null))
                .token().value();
        assertEquals("HELPDESK_AGENT", tokens.authenticate(token).orElseThrow().role());

        clients.setActive(client.id(), false);
        assertTrue(tokens.authenticate(token).isEmpty());
        assertInstanceOf(TokenOutcome.Refused.class, tokens.issue(client.clientId(), client.secret().value(), null));

        clients.setActive(client.id(), true);
        assertInstanceOf(TokenOutcome.Issued.class, tokens.issue(client.clientId(), client.secret().value(), null));
        clients.delete(client.id());
        assertTrue(clients.clients().isEmpty());
        assertEquals(List.of(AuditAction.API_CLIENT_DELETED, AuditAction.API_CLIENT_ENABLED,
                        AuditAction.API_CLIENT_DISABLED, AuditAction.API_CLIENT_REGISTERED),
                audit.latest(4).stream().map(AuditEntry::action).toList());
    }

    @Test
    void onlyAGlobalAdminManagesClientsANewOneIsNeverMoreThanAnAdminAgentAndAnotherPartnersIsNotFound() {
        TestPartner partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        ApiClientCredentials mine = clients.register("Mine", PartnerRole.ADMIN_AGENT);
        assertEquals("apiClient.role.notAllowed", assertThrows(BusinessException.class,
                () -> clients.register("Too strong", PartnerRole.GLOBAL_ADMIN)).messageKey());

        fixtures.signInAs(fixtures.newUser(partner, PartnerRole.ADMIN_AGENT));
        assertThrows(EJBAccessException.class, () -> clients.register("Not allowed", PartnerRole.HELPDESK_AGENT));
        assertThrows(EJBAccessException.class, () -> clients.clients());

        TestPartner other = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(other.adminEmail());
        for (Runnable attempt : List.<Runnable>of(() -> clients.rotateSecret(mine.id()),
                () -> clients.setActive(mine.id(), false), () -> clients.delete(mine.id()))) {
            assertEquals("apiClient.notFound", assertThrows(BusinessException.class, attempt::run).messageKey());
        }
        assertTrue(clients.clients().isEmpty());
    }
}
