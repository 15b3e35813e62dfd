package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.audit.AuditAction;
import org.partnerhub.audit.AuditLog;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.identity.PartnerUserService;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.shared.Language;

/** The identity store over partner users, as the container's authentication uses it. */
class SignInIT extends InContainerTest {

    @Inject
    IdentityStoreHandler identityStores;

    @EJB
    PartnerUserService users;

    @EJB
    AuditLog auditLog;

    @Test
    void theRightPasswordSignsInWithTheRolesAsGroupsWhateverTheEmailCase() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);

        CredentialValidationResult result = validate(partner.adminEmail().toUpperCase(), Fixtures.PASSWORD);

        assertEquals(Status.VALID, result.getStatus());
        assertEquals(partner.adminEmail(), result.getCallerPrincipal().getName());
        assertEquals(Set.of("GLOBAL_ADMIN"), result.getCallerGroups());
    }

    @Test
    void aWrongPasswordAnUnknownEmailAndAnEmptyPasswordAreRefused() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_RESELLER);

        assertEquals(Status.INVALID, validate(partner.adminEmail(), Fixtures.PASSWORD + "x").getStatus());
        assertEquals(Status.INVALID, validate(Fixtures.uniqueEmail("nobody"), Fixtures.PASSWORD).getStatus());
        assertEquals(Status.INVALID, validate(partner.adminEmail(), "").getStatus());
    }

    @Test
    void aDeactivatedUserCanNoLongerSignIn() {
        var partner = fixtures.newPartner(PartnerType.DIRECT_RESELLER);
        fixtures.signInAs(partner.adminEmail());
        var agent = users.addUser(new NewPartnerUser(Fixtures.uniqueEmail("agent"), "Agent",
                EnumSet.of(PartnerRole.ADMIN_AGENT), Language.PT_BR));
        assertEquals(Status.VALID, validate(agent.email(), agent.temporaryPassword().value()).getStatus());
        long agentId = users.listUsers().stream().filter(u -> u.email().equals(agent.email())).findFirst()
                .orElseThrow().id();

        users.deactivate(agentId);

        assertEquals(Status.INVALID, validate(agent.email(), agent.temporaryPassword().value()).getStatus());
    }

    @Test
    void aSignInIsAudited() {
        var partner = fixtures.newPartner(PartnerType.INDIRECT_PROVIDER);

        fixtures.signInAs(partner.adminEmail());

        assertTrue(auditLog.latest(10).stream().anyMatch(e -> e.action() == AuditAction.SIGNED_IN
                && partner.adminEmail().equals(e.actorEmail())));
    }

    private CredentialValidationResult validate(String email, String password) {
        return identityStores.validate(new UsernamePasswordCredential(email, new Password(password)));
    }
}
