package org.suaka.registry.internal.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.persistence.RecordEntity;
import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.RecordDocument;

/**
 * An identity document of a person ({@code REG_DOCUMENT}); its scan is kept apart ({@link DocumentScanContent}),
 * so that lists of documents never read scans.
 */
@Entity
@Table(name = "REG_DOCUMENT")
public class IdentityDocument extends RecordEntity {

    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DOC_TYPE", nullable = false, length = 20)
    private DocumentType type;

    @Column(name = "DOC_NUMBER", nullable = false, length = 40)
    private String number;

    /** The number in upper case without spaces, by which a number held twice is found. */
    @Column(name = "NUMBER_KEY", nullable = false, length = 40)
    private String numberKey;

    @Column(name = "ISSUER", length = 100)
    private String issuer;

    @Column(name = "ISSUED_ON")
    private LocalDate issuedOn;

    @Column(name = "EXPIRES_ON")
    private LocalDate expiresOn;

    @Column(name = "SCAN_TYPE", length = 30)
    private String scanType;

    protected IdentityDocument() {
        // for JPA
    }

    /**
     * @param personId the holder
     * @param command the document, validated
     * @throws InvalidFieldException when it expires before it was issued
     */
    public IdentityDocument(PersonId personId, RecordDocument command) {
        super(UUID.randomUUID());
        if (command.issuedOn() != null && command.expiresOn() != null && command.expiresOn().isBefore(command.issuedOn())) {
            throw new InvalidFieldException("expiresOn", "A document cannot expire (" + command.expiresOn()
                    + ") before it was issued (" + command.issuedOn() + ")");
        }
        this.personId = personId.toString();
        this.type = command.type();
        this.number = command.number().strip();
        this.numberKey = keyOf(command.number());
        this.issuer = command.issuer() == null || command.issuer().isBlank() ? null : command.issuer().strip();
        this.issuedOn = command.issuedOn();
        this.expiresOn = command.expiresOn();
    }

    /**
     * @param number a document number as typed
     * @return the number as compared: upper case, without spaces
     */
    public static String keyOf(String number) {
        return number.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    /** @param mediaType the media type of the scan now attached */
    public void scanned(String mediaType) {
        this.scanType = mediaType;
    }

    /**
     * @param holder a person
     * @return whether this is the person's document
     */
    public boolean isOf(PersonId holder) {
        return personId.equals(holder.toString());
    }

    /** @return the document's id */
    public UUID id() {
        return uuid();
    }

    /** @return this document as the API shows it */
    public IdentityDocumentView toView() {
        return new IdentityDocumentView(uuid(), PersonId.parse(personId).orElseThrow(), type, number, issuer, issuedOn,
                expiresOn, scanType);
    }
}
