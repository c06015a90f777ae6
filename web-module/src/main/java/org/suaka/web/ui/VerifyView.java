package org.suaka.web.ui;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.access.SystemIdentity;
import org.suaka.reporting.api.IssuedReportRecord;
import org.suaka.reporting.api.ReportInfo;
import org.suaka.reporting.api.ReportService;

/**
 * The public verification page ({@code /verify?code=}), for anyone who holds an official document: no
 * sign-in. It shows what was issued under the code (number, title, date, issuing office; never who asked
 * for it, never personal data) and says whether an uploaded PDF is exactly that document. Each address may
 * ask a limited number of times ({@link VerificationThrottle}); the checks run as the system job
 * {@code public-verification}, which the audit trail shows.
 */
@Named("verify")
@RequestScoped
public class VerifyView {

    private static final String FORM = "verify";
    private static final int MAX_PDF_BYTES = 20 * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    @Inject
    ReportService reports;

    @Inject
    OfficeService offices;

    @Inject
    VerificationThrottle throttle;

    @Inject
    LanguageView language;

    @Inject
    Clock clock;

    private String code;
    private Part file;
    private IssuedReportRecord record;
    private String title;
    private String officeName;
    private String issuedOn = "";
    private Boolean unchanged;
    private boolean checked;

    /** Looks the code from the URL up, as the QR code on the paper opens the page. */
    public void load() {
        if (code != null && !code.isBlank() && !FacesContext.getCurrentInstance().isPostback()) {
            check();
        }
    }

    /** Looks the code up and, when a file was sent, compares it with the document issued. */
    public void check() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        if (!throttle.allow(request.getRemoteAddr())) {
            Messages.error(null, Messages.text("verify.throttled"));
            return;
        }
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}")) {
            Messages.error(FORM + ":code", Messages.text("verify.codeFormat"));
            return;
        }
        byte[] pdf = upload();
        if (pdf == null && file != null && file.getSize() > 0) {
            return;
        }
        checked = true;
        SystemIdentity.runAs("public-verification", () -> {
            record = reports.find(normalised).orElse(null);
            if (record != null) {
                title = reports.catalogue(language.getLocale()).stream()
                        .filter(r -> r.id().equals(record.reportId())).map(ReportInfo::title).findFirst()
                        .orElse(record.reportId());
                Optional<OfficeView> office = Optional.ofNullable(record.office()).flatMap(offices::find);
                officeName = office.map(OfficeView::name).orElse("");
                ZoneId zone = office.map(o -> ZoneId.of(o.timeZone())).orElse(clock.getZone());
                issuedOn = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", language.getLocale())
                        .format(record.issuedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone));
                if (pdf != null) {
                    unchanged = reports.verify(normalised, pdf).unchanged();
                }
            }
            return null;
        });
    }

    private byte[] upload() {
        if (file == null || file.getSize() == 0) {
            return null;
        }
        if (file.getSize() > MAX_PDF_BYTES) {
            Messages.error(FORM + ":file", Messages.text("verify.tooLarge"));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] pdf = in.readAllBytes();
            if (pdf.length < PDF_MAGIC.length || !Arrays.equals(Arrays.copyOf(pdf, PDF_MAGIC.length), PDF_MAGIC)) {
                Messages.error(FORM + ":file", Messages.text("verify.notPdf"));
                return null;
            }
            return pdf;
        } catch (IOException e) {
            Messages.error(FORM + ":file", Messages.text("verify.notPdf"));
            return null;
        }
    }

    /** @return when the document was issued, written out in the issuing office's zone */
    public String getIssuedOn() {
        return issuedOn;
    }

    /** @return the code typed or given in the URL */
    public String getCode() {
        return code;
    }

    /** @param code the code typed or given in the URL */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return the PDF uploaded, if any */
    public Part getFile() {
        return file;
    }

    /** @param file the PDF uploaded */
    public void setFile(Part file) {
        this.file = file;
    }

    /** @return what was issued under the code, or null */
    public IssuedReportRecord getRecord() {
        return record;
    }

    /** @return the report's title in the page's language */
    public String getTitle() {
        return title;
    }

    /** @return the issuing office's name */
    public String getOfficeName() {
        return officeName;
    }

    /** @return whether the uploaded file is exactly the document issued, or null when none was uploaded */
    public Boolean getUnchanged() {
        return unchanged;
    }

    /** @return whether a well-formed code was looked up */
    public boolean isChecked() {
        return checked;
    }
}
