package org.suaka.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The September 2024 monthly statistics, as the engine issues it, checked by veraPDF against PDF/A-2b.
 */
class PdfaConformanceTest {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void theMonthlyStatisticsArePdfA2b() throws Exception {
        byte[] pdf = new DefaultReportServiceTest().issueSeptember();

        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);

            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> !a.getStatus().toString().equals("PASSED"))
                    .map(a -> a.getStatus() + " " + a.getRuleId() + " " + a.getMessage()).distinct()
                    .collect(Collectors.joining("\n")) + " (" + result.getTestAssertions().size() + " assertions)");
        }
    }
}
