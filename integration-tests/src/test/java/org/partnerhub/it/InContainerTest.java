package org.partnerhub.it;

import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.signin.SignInOutcome;
import org.partnerhub.signin.SignInService;

/**
 * A test that runs inside the server, in the built EAR (deployed once for the whole run), with
 * its own data from {@link Fixtures}.
 */
@ExtendWith(ArquillianExtension.class)
abstract class InContainerTest {

    /** The same deployment as the browser tests': whichever class runs first deploys it for all. */
    @Deployment
    static EnterpriseArchive ear() {
        return RealEar.underTest();
    }

    @Inject
    Fixtures fixtures;

    /** The name signed in as, when the name and password sign in (from no particular address). */
    static Optional<String> signedInName(SignInService signIn, String name, char[] password) {
        return signIn.signIn(name, password, null) instanceof SignInOutcome.SignedIn signedIn
                ? Optional.of(signedIn.caller().name()) : Optional.empty();
    }

    /** What a system exception from an EJB wraps, such as a ConstraintViolationException. */
    static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
