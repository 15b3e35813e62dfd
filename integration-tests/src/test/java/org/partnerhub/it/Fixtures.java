package org.partnerhub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.UUID;
import org.partnerhub.identity.NewPartnerUser;
import org.partnerhub.identity.PartnerRole;
import org.partnerhub.it.data.TestData;
import org.partnerhub.partner.Partner;
import org.partnerhub.partner.PartnerType;
import org.partnerhub.partner.ProfileChange;
import org.partnerhub.shared.Language;

/**
 * Each test's own data: a new partner with unique names, and signing in as one of its users
 * through the application's real identity store and authentication mechanism.
 */
@Dependent
public class Fixtures {

    public static final String PASSWORD = "It-Password-" + UUID.randomUUID();
    private static final SecureRandom RANDOM = new SecureRandom();

    @EJB
    TestData testData;

    @Inject
    SecurityContext securityContext;

    /** A partner and its first Global admin, whose email is returned. */
    public TestPartner newPartner(PartnerType type) {
        return newPartner(type, PASSWORD);
    }

    /** The same, with the admin's password given: for a browser test that signs in from outside. */
    public TestPartner newPartner(PartnerType type, String password) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ProfileChange profile = new ProfileChange();
        profile.setName("IT Partner " + tag);
        profile.setMpnId(uniqueMpnId());
        profile.setCountry("BR");
        profile.setContactEmail("contact-" + tag + "@it.example");
        profile.setWebsite("https://" + tag + ".it.example");
        profile.setDefaultLanguage(Language.EN);
        Partner partner = testData.registerPartner(type, profile);
        String admin = "admin-" + tag + "@it.example";
        testData.addUser(partner.getId(),
                new NewPartnerUser(admin, "Admin " + tag, EnumSet.of(PartnerRole.GLOBAL_ADMIN), Language.EN),
                password.toCharArray());
        return new TestPartner(partner.getId(), partner.getName(), partner.getMpnId(), admin);
    }

    /** Another user of the partner, with one role; returns the email. */
    public String newUser(TestPartner partner, PartnerRole role) {
        return newUser(partner.id(), role, PASSWORD);
    }

    /** The same, with the user's password given: for a browser test that signs in from outside. */
    public String newUser(long partnerId, PartnerRole role, String password) {
        String email = uniqueEmail(role.name().toLowerCase().replace('_', '-'));
        testData.addUser(partnerId, new NewPartnerUser(email, "Agent " + email.substring(0, email.indexOf('@')),
                EnumSet.of(role), Language.EN), password.toCharArray());
        return email;
    }

    public static String uniqueMpnId() {
        return String.valueOf(100_000_000 + RANDOM.nextInt(899_999_999));
    }

    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
    }

    public void signInAs(String email) {
        signInAs(email, PASSWORD);
    }

    /**
     * Signs in for the rest of this test's request, as the login page does. A caller already
     * signed in is signed out first, as a user would be: WildFly keeps the first identity of
     * a request for EJB calls if a second one is simply authenticated over it.
     */
    public void signInAs(String email, String password) {
        signOut();
        AuthenticationStatus status = securityContext.authenticate(CurrentExchange.request(),
                CurrentExchange.response(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        assertEquals(AuthenticationStatus.SUCCESS, status, "sign-in as " + email);
    }

    private static void signOut() {
        if (CurrentExchange.request().getUserPrincipal() != null) {
            try {
                CurrentExchange.request().logout();
            } catch (ServletException e) {
                throw new IllegalStateException("sign-out failed", e);
            }
        }
    }

    public record TestPartner(long id, String name, String mpnId, String adminEmail) {
    }
}
