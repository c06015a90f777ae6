package org.suaka.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.Tally;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.PdfText;
import org.suaka.registry.api.MonthlyMovement;
import org.suaka.registry.api.OfficeFigures;
import org.suaka.registry.api.SupervisionStatistics;
import org.suaka.registry.testing.TwoOffices;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.UnknownReportException;
import org.suaka.reporting.internal.archive.ReportArchive;
import org.suaka.reporting.internal.archive.ReportingSchemaMigration;
import org.suaka.reporting.internal.builtin.MonthlyStatisticsDataset;
import org.suaka.reporting.internal.builtin.MonthlyStatisticsReport;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.Signatories;
import org.suaka.shelter.api.OccupancyStatistics;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterOccupancy;

/**
 * Issues the real monthly statistics PDF from the real template and reads its text back. The registry
 * and shelter statistics are given as fixed figures here; app-ear's Arquillian tests take them from the
 * real modules.
 */
class DefaultReportServiceTest {

    private static final ZoneId KUPANG = ZoneId.of("Asia/Makassar");
    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-10-02T10:00");
    private static final LocalDate END_OF_SEPTEMBER = LocalDate.of(2024, 9, 30);

    private static final SupervisionStatistics SUPERVISION = new SupervisionStatistics() {
        @Override
        public long countUnderSupervision(LocalDate date) {
            return date.equals(END_OF_SEPTEMBER) ? 171 : 0;
        }

        @Override
        public List<Tally> byNationality(LocalDate date) {
            return List.of(new Tally("AFG", 150), new Tally("PAK", 21));
        }

        @Override
        public List<Tally> bySex(LocalDate date) {
            return List.of(new Tally("MALE", 103), new Tally("FEMALE", 68));
        }

        @Override
        public List<Tally> byVulnerability(LocalDate date) {
            return List.of(new Tally("SINGLE_WOMAN", 9));
        }

        @Override
        public List<Tally> byAgeBand(LocalDate date) {
            return List.of(new Tally("0-4", 11), new Tally("5-11", 30), new Tally("12-17", 25), new Tally("18-59", 100),
                    new Tally("60+", 5));
        }

        @Override
        public List<Tally> byUnhcrStatus(LocalDate date) {
            return List.of(new Tally("REFUGEE", 120), new Tally("ASYLUM_SEEKER", 51));
        }

        @Override
        public List<Tally> bySupervisionStatus(LocalDate date) {
            return List.of(new Tally("IN_SHELTER", 171));
        }

        @Override
        public List<Tally> familiesAndSingles(LocalDate date) {
            return List.of(new Tally("FAMILIES", 30), new Tally("IN_FAMILIES", 120), new Tally("SINGLE", 51));
        }

        @Override
        public List<Tally> departuresByReason(LocalDate from, LocalDate until) {
            return List.of(new Tally("RESETTLED", 2));
        }

        @Override
        public List<Tally> byNationalityAndSex(LocalDate date) {
            return List.of(new Tally("AFG:MALE", 100), new Tally("AFG:FEMALE", 71));
        }

        @Override
        public org.suaka.registry.api.GroupFigures describe(java.util.Collection<org.suaka.registry.api.PersonId> persons,
                LocalDate date) {
            return org.suaka.registry.api.GroupFigures.NONE;
        }

        @Override
        public long births(LocalDate from, LocalDate until) {
            return 0;
        }

        @Override
        public List<MonthlyMovement> movements(YearMonth first, YearMonth last) {
            return List.of(new MonthlyMovement(first, 4, 2, 0, 1));
        }

        @Override
        public List<OfficeFigures> perOffice(YearMonth month) {
            throw new UnsupportedOperationException("the monthly statistics report shows one office");
        }

        @Override
        public List<org.suaka.registry.api.FigureDifference> differencesFromFullCount(LocalDate date) {
            throw new UnsupportedOperationException("no report checks the figures");
        }
    };

    private static final OccupancyStatistics OCCUPANCY = new OccupancyStatistics() {
        @Override
        public List<ShelterOccupancy> occupancyOn(LocalDate date) {
            return List.of(new ShelterOccupancy(ShelterId.random(), "Hotel Ina Bo'i", 60, 55),
                    new ShelterOccupancy(ShelterId.random(), "Hotel Kupang Inn", 50, 46),
                    new ShelterOccupancy(ShelterId.random(), "Hotel Lavender Kupang", 80, 68));
        }

        @Override
        public org.suaka.shelter.api.ShelterFigures figuresOn(ShelterId shelterId, LocalDate date) {
            throw new UnsupportedOperationException("the monthly statistics report reads the shelters' totals");
        }

        @Override
        public List<org.suaka.registry.api.FigureDifference> differencesFromFullCount(LocalDate date) {
            throw new UnsupportedOperationException("no report checks the occupancy");
        }
    };

    /** One disturbance in the month: the monthly report counts incidents by type. */
    private static final org.suaka.shelter.api.IncidentService INCIDENTS = (org.suaka.shelter.api.IncidentService)
            java.lang.reflect.Proxy.newProxyInstance(DefaultReportServiceTest.class.getClassLoader(),
                    new Class<?>[] {org.suaka.shelter.api.IncidentService.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("countByType")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        return List.of(new Tally("DISTURBANCE", 1));
                    });

    private static final JasperReportEngine ENGINE = new JasperReportEngine();

    private final InMemoryPersistence db = new InMemoryPersistence("reporting", ReportingSchemaMigration.CHANGELOG);

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private <T> T withService(Function<DefaultReportService, T> work) {
        return withService(MonthlyStatisticsReport::new, work);
    }

    private <T> T withService(Function<MonthlyStatisticsDataset, ReportDefinition> report,
            Function<DefaultReportService, T> work) {
        ReportCatalog catalog = new ReportCatalog();
        MonthlyStatisticsDataset monthly = new MonthlyStatisticsDataset(SUPERVISION, OCCUPANCY, INCIDENTS);
        catalog.install(report.apply(monthly));
        IssuingOffice office = new IssuingOffice(new TwoOffices(), TwoOffices.officerOf(OfficeId.FIRST));
        return db.inTransaction(em -> work.apply(new DefaultReportService(catalog, ENGINE, new ReportArchive(em),
                office, CLOCK, new ReportTimings(), new DatasetCatalog(List.of(monthly)), ReportSigning.off(),
                "https://suaka.imigrasi.go.id/")));
    }

    /** @return the September 2024 statistics of Kupang, issued in Indonesian, for other tests to inspect */
    byte[] issueSeptember() throws Exception {
        try {
            return issue("2024-09", Locale.forLanguageTag("id-ID")).pdf();
        } finally {
            close();
        }
    }

    private IssuedReport issue(String month, Locale locale) {
        return withService(s -> s.issue(new ReportRequest("monthly-statistics", Map.of("month", month), locale,
                "officer")));
    }

    private static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }

    private static int pages(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void printsTheSeptemberFiguresWithLetterheadNumberDateAndSignature() throws IOException {
        IssuedReport report = issue("2024-09", Locale.forLanguageTag("id-ID"));
        if (System.getProperty("suaka.test.pdf-out") != null) {
            java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("suaka.test.pdf-out")), report.pdf());
        }
        String text = text(report.pdf());

        assertTrue(text.contains("RUMAH DETENSI IMIGRASI KUPANG"), text);
        assertTrue(text.contains("DIREKTORAT JENDERAL IMIGRASI"), text);
        assertTrue(text.contains("keadaan per 30 September 2024"), text);
        assertTrue(text.contains("171 orang"), text);
        assertTrue(text.contains("Afganistan (AFG) 150"), text);
        assertTrue(text.contains("Pakistan (PAK) 21"), text);
        assertTrue(text.contains("Laki-laki 103"), text);
        assertTrue(text.contains("Perempuan 68"), text);
        assertTrue(text.contains("Hotel Ina Bo'i 55"), text);
        assertTrue(text.contains("Hotel Kupang Inn 46"), text);
        assertTrue(text.contains("Hotel Lavender Kupang 68"), text);
        assertTrue(text.contains("0-4 tahun 11"), text);
        assertTrue(text.contains("Pengungsi 120"), text);
        assertTrue(text.contains("Dalam keluarga (30 keluarga) 120"), text);
        assertTrue(text.contains("Sendiri 51"), text);
        assertTrue(text.contains("Ditemukan atau diserahkan 4"), text);
        assertTrue(text.contains("Ditempatkan di negara ketiga 2"), text);
        assertTrue(text.contains("Dipindahkan ke Rudenim lain 1"), text);
        assertTrue(text.contains("Kupang, 2 Oktober 2024"), text);
        assertTrue(text.contains("Ma'mum"), text);
        assertTrue(text.contains("NIP. 19700101 199003 1 001"), text);
        int pages = pages(report.pdf());
        assertTrue(pages >= 2 && text.contains("Halaman 1 dari " + pages) && text.contains("Halaman " + pages + " dari " + pages), text);
        assertTrue(text.contains("Kehebohan atau unjuk rasa 1"), "the month's incidents by type: " + text);
        assertEquals("W22.RDN.KPG-0001/MONTHLY-STATISTICS/X/2024", report.documentNumber());
        assertTrue(text.contains(report.documentNumber()), text);
        assertTrue(text.contains(report.verificationCode()), text);
    }

    /** The engine prints the classification of a report that has one, and its chosen signatory signs it. */
    @Test
    void aClassifiedReportSignedByTheDirectorGeneral() {
        IssuedReport report = issueClassified();
        String text = text(report.pdf());

        int pages = pages(report.pdf());
        assertEquals(2 * pages, text.split("TERBATAS", -1).length - 1, "at the top and the bottom of every page: " + text);
        assertTrue(text.contains("Page 1 of " + pages), text);
        assertTrue(text.contains(new TwoOffices().get(OfficeId.NATIONAL).signatory().name()), text);
        assertFalse(text.contains("Ma'mum"), text);
    }

    /** @return the September statistics in English, classified TERBATAS and signed by the Director General */
    IssuedReport issueClassified() {
        return withService(dataset -> new MonthlyStatisticsReport(dataset) {
            @Override
            public Optional<String> classification() {
                return Optional.of("TERBATAS");
            }

            @Override
            public String signatory() {
                return Signatories.NATIONAL;
            }
        }, s -> s.issue(new ReportRequest("monthly-statistics", Map.of("month", "2024-09"), Locale.ENGLISH, "officer")));
    }

    @Test
    void embedsItsFontsAndCarriesMetadataAndPrintsTheOfficeLogo() throws IOException {
        IssuedReport report = issue("2024-09", Locale.forLanguageTag("id-ID"));

        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            long images = java.util.stream.StreamSupport.stream(
                    document.getPage(0).getResources().getXObjectNames().spliterator(), false)
                    .filter(name -> document.getPage(0).getResources().isImageXObject(name)).count();
            assertEquals(2, images, "Kupang's logo heads the first page, and the verification QR code");
            assertEquals("Laporan Bulanan Pengungsi Luar Negeri", document.getDocumentInformation().getTitle());
            assertEquals("Rumah Detensi Imigrasi Kupang", document.getDocumentInformation().getAuthor());
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
            }
        }
    }

    @Test
    void everyPageCarriesAQrCodeOfItsVerificationUrl() throws Exception {
        IssuedReport report = issue("2024-09", Locale.forLanguageTag("id-ID"));

        try (PDDocument document = Loader.loadPDF(report.pdf())) {
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 200);
            java.awt.image.BufferedImage corner = page.getSubimage(page.getWidth() * 3 / 4, 0, page.getWidth() / 4,
                    page.getHeight() / 8);
            String decoded = new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                    new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.client.j2se.BufferedImageLuminanceSource(corner)))).getText();

            assertEquals("https://suaka.imigrasi.go.id/verify?code=" + report.verificationCode(), decoded);
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws IOException {
        IssuedReport english = issue("2024-09", Locale.ENGLISH);
        String text = text(english.pdf());

        assertTrue(text.contains("as of 30 September 2024"), text);
        assertTrue(text.contains("Afghanistan (AFG) 150"), text);
        assertTrue(text.contains("Page 1 of " + pages(english.pdf())), text);
    }

    @Test
    void numbersDocumentsInSequenceAndVerifiesThem() {
        IssuedReport first = issue("2024-09", Locale.forLanguageTag("id-ID"));
        IssuedReport second = issue("2024-09", Locale.forLanguageTag("id-ID"));

        assertEquals("W22.RDN.KPG-0002/MONTHLY-STATISTICS/X/2024", second.documentNumber());
        assertTrue(withService(s -> s.verify(first.verificationCode(), first.pdf())).authentic());
        byte[] tampered = first.pdf().clone();
        tampered[tampered.length / 2] ^= 1;
        var verdict = withService(s -> s.verify(first.verificationCode(), tampered));
        assertTrue(verdict.issued());
        assertFalse(verdict.unchanged());
        assertFalse(withService(s -> s.verify("AAAA-BBBB-CCCC-DDDD", first.pdf())).issued());
    }

    @Test
    void refusesBadArgumentsNamingThem() {
        assertEquals("month", assertThrows(InvalidFieldException.class, () -> issue("2024-13", Locale.ROOT)).field());
        assertEquals("month", assertThrows(InvalidFieldException.class,
                () -> withService(s -> s.issue(new ReportRequest("monthly-statistics", Map.of(), Locale.ROOT, "x"))))
                .field());
        assertEquals("year", assertThrows(InvalidFieldException.class, () -> withService(s -> s.issue(
                new ReportRequest("monthly-statistics", Map.of("month", "2024-09", "year", "2024"), Locale.ROOT, "x"))))
                .field());
        assertThrows(UnknownReportException.class, () -> withService(s -> s.issue(
                new ReportRequest("no-such-report", Map.of(), Locale.ROOT, "x"))));
    }
}
