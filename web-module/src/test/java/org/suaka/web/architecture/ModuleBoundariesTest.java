package org.suaka.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.suaka.web.architecture.fixture.ReachesIntoRegistryInternals;

/**
 * The test-time fence between modules. Open Liberty ignores module-info inside an EAR, so this rule,
 * run over every Suaka class, keeps each module's {@code internal} packages to itself.
 */
class ModuleBoundariesTest {

    private static final List<String> MODULES = List.of("registry", "shelter", "partner", "reporting");

    private static final JavaClasses SUAKA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.suaka");

    static ArchRule internalsStayInside(String module) {
        return noClasses().that().resideOutsideOfPackage("org.suaka." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("org.suaka." + module + ".internal..")
                .because("modules talk only through each other's api packages");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry", "shelter", "partner", "reporting"})
    void noOtherModuleUsesTheInternalsOf(String module) {
        assertTrue(SUAKA.containPackage("org.suaka." + module + ".internal"), "the classes of " + module + " were imported");
        internalsStayInside(module).check(SUAKA);
    }

    @Test
    void theRuleCatchesAClassThatReachesIntoAnotherModulesInternals() {
        JavaClasses offender = new ClassFileImporter().importClasses(ReachesIntoRegistryInternals.class);

        assertTrue(internalsStayInside("registry").evaluate(offender).hasViolation());
        assertFalse(internalsStayInside("shelter").evaluate(offender).hasViolation());
    }

    @Test
    void everyDomainModuleIsChecked() {
        assertTrue(MODULES.stream().allMatch(m -> SUAKA.containPackage("org.suaka." + m + ".api")));
    }
}
