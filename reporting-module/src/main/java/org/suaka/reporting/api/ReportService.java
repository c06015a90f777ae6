package org.suaka.reporting.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.suaka.platform.api.ResultPage;

/**
 * Issues official reports and answers whether an issued report is authentic.
 */
public interface ReportService {

    /**
     * @param locale the language of the titles
     * @return every installed report, by id
     */
    List<ReportInfo> catalogue(@NotNull Locale locale);

    /** @return the named datasets that template-only plugins read, with their fields and parameters */
    List<DatasetInfo> datasets();

    /**
     * Produces, numbers and archives an official PDF.
     *
     * @param request which report, with which arguments, for whom
     * @return the issued PDF with its number and verification code
     * @throws UnknownReportException when no report has the id
     * @throws org.suaka.platform.api.InvalidFieldException when an argument is missing or malformed
     * @throws ReportFailedException when the template cannot be compiled or filled
     */
    IssuedReport issue(@NotNull @Valid ReportRequest request);

    /**
     * @param verificationCode the code printed on an issued document
     * @return what was issued under that code, or empty when nothing was
     */
    Optional<IssuedReportRecord> find(@NotNull String verificationCode);

    /**
     * @param verificationCode the code printed on the document
     * @param pdf the file someone presents as that document
     * @return the verdict: whether the code exists and whether the file is byte-for-byte the one issued
     */
    Verification verify(@NotNull String verificationCode, @NotNull byte[] pdf);

    /**
     * @param query the filters and the page
     * @return the documents the offices the caller reads have issued, latest first
     */
    ResultPage<IssuedReportRecord> issued(@NotNull @Valid IssuedQuery query);

    /**
     * @param verificationCode an issued document's code
     * @return the PDF exactly as it was issued (not rendered again), when it belongs to an office the caller
     *     reads
     */
    Optional<byte[]> archived(@NotNull String verificationCode);

    /**
     * Withdraws a document of the caller's office; verification says it is revoked from then on.
     *
     * @param verificationCode the document's code
     * @param command why
     * @return the document, revoked
     * @throws org.suaka.platform.api.RecordNotFoundException when the caller's office issued no such document
     * @throws org.suaka.platform.api.BusinessRuleException when it was revoked already
     */
    IssuedReportRecord revoke(@NotNull String verificationCode, @NotNull @Valid RevokeDocument command);
}
