package org.partnerhub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.security.Roles;

/**
 * Default deny in the business layer: every EJB says at class level who may call it, so a
 * method added without a thought is closed rather than open, and only the few doors an
 * anonymous visitor must pass are open to everyone.
 */
class DefaultDenyTest {

    /**
     * What an anonymous caller may use, as {@code package.Class#method} below org.partnerhub, or
     * {@code package.Class} for every method of the class; each entry says why it must be open.
     */
    private static final Set<String> OPEN_TO_ANONYMOUS = Set.of(
            // Sign-in checks the password of a caller who is, by definition, not signed in yet.
            "signin.SignInService",
            // The API's token endpoint and the check of each API request's bearer token.
            "identity.ApiTokenService",
            // The acceptance page an invitation link leads to: the customer has no account here yet.
            "customer.CustomerAcceptanceService#invitation",
            "customer.CustomerAcceptanceService#languageOf",
            "customer.CustomerAcceptanceService#acceptAsExistingCustomer",
            "customer.CustomerAcceptanceService#acceptAsNewCustomer",
            "customer.CustomerAcceptanceService#decline",
            // Health and readiness probes of the platform ask without signing in.
            "shared.ReadinessService",
            // How long links and windows last: no data of anyone's.
            "shared.PeriodSettings");

    private static final List<Class<? extends Annotation>> PERMISSIONS =
            List.of(RolesAllowed.class, PermitAll.class, DenyAll.class);
    private static final List<Class<? extends Annotation>> EJBS =
            List.of(Stateless.class, Singleton.class, Stateful.class);
    /** Called by the container, never by a client: method permissions do not apply to them. */
    private static final List<Class<? extends Annotation>> LIFECYCLE =
            List.of(PostConstruct.class, PreDestroy.class, Schedule.class, Schedules.class, Timeout.class);

    private static List<Class<?>> ejbs;

    @BeforeAll
    static void findEjbs() throws IOException, URISyntaxException {
        Path classes = Path.of(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve("org/partnerhub"))) {
            ejbs = files.map(file -> classes.relativize(file).toString())
                    .filter(file -> file.endsWith(".class") && !file.endsWith("-info.class"))
                    .map(DefaultDenyTest::load)
                    .filter(type -> EJBS.stream().anyMatch(type::isAnnotationPresent))
                    .toList();
        }
        assertFalse(ejbs.isEmpty(), "no EJB found under " + classes);
    }

    @Test
    void everyEjbSaysAtClassLevelWhoMayCallIt() {
        List<String> withoutDefault = ejbs.stream()
                .filter(ejb -> permissionOf(ejb).isEmpty())
                .map(DefaultDenyTest::name)
                .sorted()
                .toList();

        assertTrue(withoutDefault.isEmpty(),
                "EJBs without a class-level @RolesAllowed, @DenyAll or (allow-listed) @PermitAll: " + withoutDefault);
    }

    @Test
    void everyBusinessMethodHasAPermission() {
        List<String> unguarded = businessMethods()
                .filter(method -> permissionOf(method).or(() -> permissionOf(method.getDeclaringClass())).isEmpty())
                .map(DefaultDenyTest::name)
                .distinct()
                .sorted()
                .toList();

        assertTrue(unguarded.isEmpty(), "business methods without @RolesAllowed, @PermitAll or @DenyAll: " + unguarded);
    }

    @Test
    void onlySignInTheAcceptancePageAndHealthAreOpenToAnonymousCallers() {
        List<String> open = businessMethods()
                .filter(method -> permissionOf(method).or(() -> permissionOf(method.getDeclaringClass()))
                        .filter(PermitAll.class::equals).isPresent())
                .filter(method -> !OPEN_TO_ANONYMOUS.contains(name(method))
                        && !OPEN_TO_ANONYMOUS.contains(name(method.getDeclaringClass())))
                .map(DefaultDenyTest::name)
                .distinct()
                .sorted()
                .toList();

        assertTrue(open.isEmpty(), "@PermitAll business methods not on the allow-list: " + open);
    }

    private static Stream<Method> businessMethods() {
        return ejbs.stream()
                .flatMap(ejb -> Arrays.stream(ejb.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers()))
                .filter(method -> !method.isSynthetic() && !method.isBridge())
                .filter(method -> LIFECYCLE.stream().noneMatch(method::isAnnotationPresent));
    }

    private static Optional<Class<? extends Annotation>> permissionOf(AnnotatedElement element) {
        return PERMISSIONS.stream().filter(element::isAnnotationPresent).findFirst();
    }

    private static Class<?> load(String classFile) {
        String name = classFile.substring(0, classFile.length() - ".class".length()).replace('\\', '/').replace('/', '.');
        try {
            return Class.forName(name, false, DefaultDenyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Class<?> type) {
        return type.getName().substring("org.partnerhub.".length());
    }

    private static String name(Method method) {
        return name(method.getDeclaringClass()) + "#" + method.getName();
    }
}
