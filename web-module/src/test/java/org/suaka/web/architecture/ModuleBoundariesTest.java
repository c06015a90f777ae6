package org.suaka.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.suaka.web.architecture.fixture.ReachesIntoRegistryInternals;

/**
 * The test-time fence between modules. Open Liberty ignores module-info inside an EAR, so this rule,
 * run over every Suaka class, keeps each module's {@code internal} packages to itself. The modules are
 * found by scanning, so a new module is fenced from its first class.
 */
class ModuleBoundariesTest {

    private static final JavaClasses SUAKA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.suaka");

    /** Every module, found by scanning: each {@code org.suaka.<module>.internal} package marks one. */
    private static final Set<String> MODULES = SUAKA.stream()
            .map(JavaClass::getPackageName)
            .filter(name -> name.matches("org\\.suaka\\.[a-z]+\\.internal(\\..*)?"))
            .map(name -> name.split("\\.")[2])
            .collect(Collectors.toCollection(TreeSet::new));

    static ArchRule internalsStayInside(String module) {
        return noClasses().that().resideOutsideOfPackage("org.suaka." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("org.suaka." + module + ".internal..")
                .because("modules talk only through each other's api packages");
    }

    @TestFactory
    Stream<DynamicTest> noOtherModuleUsesTheInternalsOfAnyModule() {
        return MODULES.stream().map(module -> DynamicTest.dynamicTest("the internals of " + module + " stay inside",
                () -> internalsStayInside(module).check(SUAKA)));
    }

    @Test
    void theRuleCatchesAClassThatReachesIntoAnotherModulesInternals() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoRegistryInternals.class);

        assertTrue(internalsStayInside("registry").evaluate(offender).hasViolation());
        assertFalse(internalsStayInside("shelter").evaluate(offender).hasViolation());
    }

    @Test
    void theScanFindsEveryModuleThatHasInternals() {
        assertTrue(MODULES.containsAll(Set.of("audit", "registry", "shelter", "partner", "reporting")), MODULES.toString());
        assertTrue(MODULES.stream().allMatch(m -> SUAKA.containPackage("org.suaka." + m + ".api")),
                "each module found has an api package: " + MODULES);
    }
}
