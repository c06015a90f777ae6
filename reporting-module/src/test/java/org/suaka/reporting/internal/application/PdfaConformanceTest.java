package org.suaka.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suaka.reporting.internal.engine.DocumentSigner;
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
        assertPdfA2b(new DefaultReportServiceTest().issueSeptember());
    }

    /** The classification and the page numbers the engine draws embed their font as PDF/A requires. */
    @Test
    void aClassifiedReportIsPdfA2b() throws Exception {
        DefaultReportServiceTest issuer = new DefaultReportServiceTest();
        try {
            assertPdfA2b(issuer.issueClassified().pdf());
        } finally {
            issuer.close();
        }
    }

    /** The PAdES signature is an incremental update: the signed document is still PDF/A-2b. */
    @Test
    void theSignedMonthlyStatisticsArePdfA2b(@TempDir Path keys) throws Exception {
        DocumentSigner signer = DocumentSigner.fromKeystore(keys.resolve("signing.p12"), "rahasia".toCharArray(),
                "CN=Rudenim Kupang, C=ID");
        assertPdfA2b(signer.sign(new DefaultReportServiceTest().issueSeptember(), "W22.RDN.KPG-0001", "Kupang",
                Instant.parse("2024-09-30T02:00:00Z")));
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
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
