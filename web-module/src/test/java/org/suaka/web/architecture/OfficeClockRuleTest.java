package org.suaka.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;
import org.suaka.web.architecture.fixture.ReadsTheJvmsDate;

/**
 * "Today" is the office's, never the server JVM's: no Suaka class asks {@code java.time} for the date or
 * time without a clock (the office {@code Clock} is injected everywhere).
 */
class OfficeClockRuleTest {

    private static final JavaClasses SUAKA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.suaka");

    @Test
    void noClassReadsTheJvmsDateOrTime() {
        jvmClock().check(SUAKA);
    }

    @Test
    void theRuleCatchesAClassThatReadsTheJvmsDate() {
        assertTrue(jvmClock().evaluate(new ClassFileImporter().importClasses(ReadsTheJvmsDate.class)).hasViolation());
    }

    private static ArchRule jvmClock() {
        return noClasses().should().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(YearMonth.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .because("the office's today is not the server's: use the injected office Clock");
    }
}
