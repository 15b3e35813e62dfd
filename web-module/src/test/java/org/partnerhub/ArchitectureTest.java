package org.partnerhub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The structure the README's module map draws, stated in code so that it holds without anyone
 * remembering it: capabilities in levels that depend only downwards, a web module that never
 * reaches the database itself, and business boundaries that deny by default.
 */
class ArchitectureTest {

    private static final String ROOT = "org.partnerhub";

    /**
     * The capabilities of the EJB module, lowest first. A package may use its own level's
     * neighbours only through a lower one: it depends on the packages of lower levels alone.
     * A new package must be placed here before it compiles into the build.
     */
    static final List<Set<String>> LEVELS = List.of(
            Set.of("shared"),
            Set.of("security", "audit", "partner", "account"),
            Set.of("identity"),
            Set.of("mail"),
            Set.of("notification"),
            Set.of("partnership", "activity"),
            Set.of("relationship"),
            Set.of("subscription", "adminrelationship"),
            Set.of("customeruser", "referral"),
            Set.of("customer", "customerarea", "channel", "signin", "dashboard"),
            Set.of("demo"),
            Set.of("web"));

    private static JavaClasses code;

    @BeforeAll
    static void importCode() {
        code = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void capabilitiesFormNoCycle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(code);
    }

    @Test
    void webPackagesFormNoCycle() {
        slices().matching(ROOT + ".web.(*)..").should().beFreeOfCycles().check(code);
    }

    @Test
    void everyCapabilityDependsOnLowerLevelsOnly() {
        for (int level = 0; level < LEVELS.size(); level++) {
            for (String capability : LEVELS.get(level)) {
                List<String> notBelow = new ArrayList<>();
                for (int other = level; other < LEVELS.size(); other++) {
                    LEVELS.get(other).stream().filter(name -> !name.equals(capability))
                            .forEach(name -> notBelow.add(ROOT + "." + name + ".."));
                }
                if (!notBelow.isEmpty()) {
                    noClasses().that().resideInAPackage(ROOT + "." + capability + "..")
                            .should().dependOnClassesThat().resideInAnyPackage(notBelow.toArray(String[]::new))
                            .because(capability + " sits on level " + level + " of the module map")
                            .check(code);
                }
            }
        }
    }

    @Test
    void everyPackageHasItsPlaceInTheMap() {
        Set<String> placed = LEVELS.stream().flatMap(Set::stream).collect(Collectors.toCollection(TreeSet::new));
        Set<String> found = code.stream()
                .map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(placed, found, "packages under " + ROOT + " and the levels of the module map");
    }

    @Test
    void theWebModuleNeverTouchesPersistence() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("pages call services; only the EJB module reads and writes the database")
                .check(code);
    }

    @Test
    void everyBusinessBeanSaysWhoMayCallIt() {
        classes().that().areAnnotatedWith(Stateless.class)
                .or().areAnnotatedWith(Singleton.class)
                .or().areAnnotatedWith(Stateful.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("default deny: a method added without a thought is closed, not open")
                .check(code);
    }

    /**
     * The web module calls boundaries, named for what they are: a {@code *Service} for what a
     * user does, a {@code *Queries} for what a user reads. Collaborators inside the EJB module
     * (the CDI beans named after the rows they guard, the {@code Current*} callers) are not
     * doors.
     */
    @Test
    void pagesCallOnlyServicesAndQueries() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat(businessBeansNotNamedAsBoundaries())
                .check(code);
    }

    private static DescribedPredicate<JavaClass> businessBeansNotNamedAsBoundaries() {
        return DescribedPredicate.describe("EJBs or CDI beans of the EJB module not named *Service or *Queries",
                type -> !type.getPackageName().startsWith(ROOT + ".web")
                        && type.getPackageName().startsWith(ROOT)
                        && (type.isAnnotatedWith(Stateless.class) || type.isAnnotatedWith(Singleton.class)
                                || type.isAnnotatedWith(Stateful.class)
                                || type.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped"))
                        && !type.getSimpleName().endsWith("Service")
                        && !type.getSimpleName().endsWith("Queries"));
    }

    /**
     * In a cluster a session moves to another server as bytes: a view- or session-scoped bean
     * must serialize, and its services must come back with it. CDI's injected references to
     * session beans do (they serialize as a handle and resolve again on arrival); an {@code @EJB}
     * field would have to be transient and would arrive null.
     */
    @Test
    void sessionAndViewBeansMoveBetweenServersWhole() {
        classes().that().areAnnotatedWith(ViewScoped.class).or().areAnnotatedWith(SessionScoped.class)
                .should().beAssignableTo(Serializable.class)
                .check(code);
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(ViewScoped.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(SessionScoped.class)
                .should().notBeAnnotatedWith(EJB.class)
                .andShould(notBeTransientInjections())
                .check(code);
    }

    private static ArchCondition<JavaField> notBeTransientInjections() {
        return ArchConditions.not(ArchConditions.<JavaField>have(DescribedPredicate.describe("a transient injection",
                field -> field.isAnnotatedWith(Inject.class) && field.getModifiers().contains(JavaModifier.TRANSIENT))));
    }
}
