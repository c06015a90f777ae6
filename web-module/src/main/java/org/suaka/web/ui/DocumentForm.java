package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RecordDocument;

/**
 * The form on a person's page that records an identity document, with its scan when one is chosen (a PDF,
 * JPEG or PNG of at most 5 MB, judged by its content).
 */
@Named("documentForm")
@RequestScoped
public class DocumentForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "documentRecord";

    @Inject
    transient DocumentService documents;

    private String personId;
    private DocumentType type;
    private String number;
    private String issuer;
    private LocalDate issuedOn;
    private LocalDate expiresOn;
    private transient Part scan;

    /**
     * @return the person's page again, or null to stay with the messages shown
     */
    public String record() {
        return FormFailures.submit(FORM, () -> {
            byte[] content = scanBytes();
            PersonId person = PersonId.parse(personId).orElseThrow();
            IdentityDocumentView document = documents.record(person, new RecordDocument(type, number, issuer, issuedOn,
                    expiresOn));
            if (content != null) {
                documents.attachScan(person, document.id(), content);
            }
            Messages.info(Messages.text("document.recorded"));
            return PersonTab.DOCUMENTS.outcome(personId);
        });
    }

    private byte[] scanBytes() {
        return ChosenFiles.read(scan, "scan", DocumentService.MAX_SCAN_BYTES, "document.scanTooLarge");
    }

    /** @return the kinds of document */
    public DocumentType[] getTypes() {
        return DocumentType.values();
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the kind chosen */
    public DocumentType getType() {
        return type;
    }

    /** @param type the kind chosen */
    public void setType(DocumentType type) {
        this.type = type;
    }

    /** @return the number typed */
    public String getNumber() {
        return number;
    }

    /** @param number the number typed */
    public void setNumber(String number) {
        this.number = number;
    }

    /** @return the issuer typed */
    public String getIssuer() {
        return issuer;
    }

    /** @param issuer the issuer typed */
    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /** @return the day of issue picked */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    /** @param issuedOn the day of issue picked */
    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    /** @return the day of expiry picked */
    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    /** @param expiresOn the day of expiry picked */
    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** @return the scan chosen */
    public Part getScan() {
        return scan;
    }

    /** @param scan the scan chosen */
    public void setScan(Part scan) {
        this.scan = scan;
    }
}
