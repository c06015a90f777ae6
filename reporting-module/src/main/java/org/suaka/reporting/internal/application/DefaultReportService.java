package org.suaka.reporting.internal.application;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import net.sf.jasperreports.engine.JRParameter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.SuakaException;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.reporting.api.DatasetInfo;
import org.suaka.reporting.api.IssuedQuery;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.IssuedReportRecord;
import org.suaka.reporting.api.ParameterInfo;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;
import org.suaka.reporting.api.RevokeDocument;
import org.suaka.reporting.api.UnknownReportException;
import org.suaka.reporting.api.Verification;
import org.suaka.reporting.internal.archive.DocumentRevocation;
import org.suaka.reporting.internal.archive.DocumentStamp;
import org.suaka.reporting.internal.archive.IssuedDocument;
import org.suaka.reporting.internal.archive.ReportArchive;
import org.suaka.reporting.internal.engine.JasperReportEngine;
import org.suaka.reporting.internal.engine.PdfMetadata;
import org.suaka.reporting.spi.OfficeProfile;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportBundles;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDefinition;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.StandardParameters;

/**
 * Issues official reports. Numbering, rendering and archiving happen in one transaction: a document
 * that fails to render takes no number, and every number handed out belongs to an archived PDF.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultReportService implements ReportService {

    private ReportCatalog catalog;
    private JasperReportEngine engine;
    private ReportArchive archive;
    private IssuingOffice office;
    private Clock clock;
    private ReportTimings timings;
    private String verifyBaseUrl;
    private DatasetCatalog datasets;
    private ReportSigning signing;

    @Inject
    OfficeScope offices;

    @Inject
    AuditedChanges changes;

    @Inject
    Caller caller;

    @Inject
    Event<ReportFillFailed> fillFailures;

    public DefaultReportService() {
        // for CDI
    }

    /**
     * @param catalog the installed reports
     * @param engine the renderer
     * @param archive where issued documents are numbered and kept
     * @param office the issuing office: its letterhead, signatory, number pattern, time zone, and the day it
     *     was established, before which no report reaches
     * @param clock the clock, set to the issuing office's time zone for each document
     * @param timings where the time each issue took is recorded
     * @param datasets the named datasets, which reports may build on
     * @param signing the PAdES signature put on every issued document, when switched on
     * @param verifyBaseUrl the address of this installation as the public sees it
     *     ({@code suaka.verify.base-url}): every page's QR code opens its verification page there
     */
    @Inject
    public DefaultReportService(ReportCatalog catalog, JasperReportEngine engine, ReportArchive archive,
            IssuingOffice office, Clock clock, ReportTimings timings, DatasetCatalog datasets, ReportSigning signing,
            @ConfigProperty(name = "suaka.verify.base-url", defaultValue = "http://localhost:9080") String verifyBaseUrl) {
        this.timings = timings;
        this.datasets = datasets;
        this.signing = signing;
        this.verifyBaseUrl = verifyBaseUrl;
        this.catalog = catalog;
        this.engine = engine;
        this.archive = archive;
        this.office = office;
        this.clock = clock;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ReportInfo> catalogue(Locale locale) {
        return catalog.all().stream()
                .map(d -> new ReportInfo(d.id(), d.version(), d.title(locale),
                        d.parameters().stream().map(ReportParameter::name).toList(),
                        d.parameters().stream().map(p -> new ParameterInfo(p.name(), p.type().name(), p.required(),
                                d.parameterLabel(p, locale))).toList(),
                        catalog.pluginOf(d.id()).orElse(null)))
                .toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<DatasetInfo> datasets() {
        return datasets.describe();
    }

    @Audited(write = true)
    @Override
    public IssuedReport issue(ReportRequest request) {
        long started = System.nanoTime();
        ReportDefinition definition = catalog.find(request.reportId())
                .orElseThrow(() -> new UnknownReportException(request.reportId()));
        OfficeView issuer = office.current();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(issuer.timeZone())));
        ReportArguments arguments = ArgumentParser.parse(definition.parameters(), request.arguments(),
                issuer.established(), today);
        Locale locale = request.locale();
        OfficeProfile profile = office.profile(issuer, definition.signatory());
        ReportData data = fetch(definition, new ReportContext(locale, profile, request.requestedBy(), today,
                datasets), arguments);

        String reportCode = definition.id().toUpperCase(Locale.ROOT);
        DocumentStamp stamp = new DocumentStamp(
                new DocumentNumberPattern(issuer.documentNumberPattern())
                        .format(archive.nextSequence(issuer.id(), today.getYear()), today, reportCode),
                VerificationCodes.next(), definition.id(), definition.version(),
                argumentsText(request.arguments()), locale.toLanguageTag(), request.requestedBy());

        String title = definition.title(locale);
        Map<String, Object> parameters = new HashMap<>(data.parameters());
        parameters.putAll(standardParameters(definition, title, profile, stamp, today, locale));
        byte[] logo = office.logo(issuer);
        if (logo != null) {
            parameters.put(StandardParameters.LOGO, new ByteArrayInputStream(logo));
        }
        parameters.put(JRParameter.REPORT_LOCALE, locale);
        parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, definition.labels(locale));

        byte[] pdf;
        try {
            pdf = engine.renderPdf(cacheKey(definition), definition.template(),
                    parameters, data.rows(), new PdfMetadata(title, profile.officeName(), stamp.documentNumber(),
                            stamp.verificationCode(), verificationUrl(stamp.verificationCode()), locale,
                            definition.classification().orElse(null)));
        } catch (ReportFailedException e) {
            if (fillFailures != null) { // null only where no container runs this service (its unit test)
                fillFailures.fire(new ReportFillFailed(definition.id(), e.getMessage()));
            }
            throw e;
        }
        pdf = signing.apply(pdf, title + " " + stamp.documentNumber(), profile.city(), clock.instant());
        String sha256 = sha256(pdf);
        archive.keep(new IssuedDocument(stamp, sha256, pdf, issuer.id()));
        timings.issued(definition.id(), Duration.ofNanos(System.nanoTime() - started));
        return new IssuedReport(stamp.documentNumber(), stamp.verificationCode(),
                fileName(definition.id(), request.arguments()),
                sha256, pdf);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<IssuedReportRecord> find(String verificationCode) {
        return archive.find(normalised(verificationCode)).map(this::record);
    }

    private IssuedReportRecord record(IssuedDocument document) {
        IssuedReportRecord plain = document.toRecord();
        return archive.revocationOf(plain.verificationCode()).map(r -> document.toRecord(r.toView())).orElse(plain);
    }

    private static String normalised(String verificationCode) {
        return verificationCode.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<IssuedReportRecord> issued(IssuedQuery query) {
        return archive.issued(query);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<byte[]> archived(String verificationCode) {
        return archive.findReadable(normalised(verificationCode)).map(IssuedDocument::content);
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR})
    @Audited(write = true)
    @Override
    public IssuedReportRecord revoke(String verificationCode, RevokeDocument command) {
        // checked here as well: on Open Liberty the container did not apply this api's constraints to this
        // method (a blank reason got through in MonthlyStatisticsIT), as with the office service
        if (command == null || command.reason() == null || command.reason().isBlank() || command.reason().length() > 500) {
            throw new InvalidFieldException("reason", "Give the reason for revoking, at most 500 characters");
        }
        OfficeId mine = offices.writable();
        IssuedDocument document = archive.findReadable(normalised(verificationCode))
                .filter(d -> d.office().equals(mine))
                .orElseThrow(() -> new RecordNotFoundException("issued document", verificationCode));
        IssuedReportRecord before = record(document);
        changes.before(before);
        if (before.revocation() != null) {
            throw new BusinessRuleException("document-revoked", "Document " + before.documentNumber()
                    + " was revoked already");
        }
        archive.keep(new DocumentRevocation(before.verificationCode(), caller.name().orElse("?"),
                command.reason().strip()));
        return record(document);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Verification verify(String verificationCode, byte[] pdf) {
        return archive.find(normalised(verificationCode))
                .map(d -> new Verification(true, d.sha256().equals(sha256(pdf)), record(d)))
                .orElseGet(() -> new Verification(false, false, null));
    }

    /**
     * @param definition an installed report
     * @return the key its compiled template is cached under: a new version compiles anew
     */
    static String cacheKey(ReportDefinition definition) {
        return definition.id() + "@" + definition.version();
    }

    /** Plugins are untrusted: a failure that is not one of ours is reported as the report's failure. */
    private static ReportData fetch(ReportDefinition definition, ReportContext context, ReportArguments arguments) {
        try {
            return definition.dataset().fetch(context, arguments);
        } catch (SuakaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReportFailedException(definition.template().name(), "The data of report " + definition.id()
                    + " could not be gathered: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> standardParameters(ReportDefinition definition, String title,
            OfficeProfile profile, DocumentStamp stamp, LocalDate today, Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put(StandardParameters.LETTERHEAD, String.join("\n", profile.letterhead()));
        p.put(StandardParameters.OFFICE_NAME, profile.officeName());
        p.put(StandardParameters.OFFICE_ADDRESS, profile.address());
        p.put(StandardParameters.DOCUMENT_NUMBER, stamp.documentNumber());
        p.put(StandardParameters.PLACE_AND_DATE, DocumentDates.placeAndDate(profile.city(), today, locale));
        p.put(StandardParameters.SIGNATORY_TITLE, profile.signatoryTitle());
        p.put(StandardParameters.SIGNATORY_NAME, profile.signatoryName());
        p.put(StandardParameters.SIGNATORY_NIP, profile.signatoryNip());
        p.put(StandardParameters.VERIFICATION_CODE, stamp.verificationCode());
        p.put(StandardParameters.TEMPLATE_LABEL, definition.id() + " v" + definition.version());
        p.put(StandardParameters.TITLE, title);
        return p;
    }

    /**
     * @param code a document's verification code
     * @return the public page where anyone holding the document checks it
     */
    private String verificationUrl(String code) {
        return verifyBaseUrl.replaceAll("/+$", "") + "/verify?code=" + code;
    }

    private static String argumentsText(Map<String, String> arguments) {
        return new TreeMap<>(arguments).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String fileName(String reportId, Map<String, String> arguments) {
        String suffix = String.join("-", new TreeMap<>(arguments).values()).replaceAll("[^A-Za-z0-9.-]", "_");
        return suffix.isEmpty() ? reportId + ".pdf" : reportId + "-" + suffix + ".pdf";
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
