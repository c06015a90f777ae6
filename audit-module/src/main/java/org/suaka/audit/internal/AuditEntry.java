package org.suaka.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.suaka.audit.api.AuditRecord;
import org.suaka.platform.audit.AuditEvent;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.persistence.OfficeIdConverter;

/**
 * One entry of the audit trail. Its content is fixed when it is written, with the content's hash; the
 * chainer later gives it its place in the chain and the chained hash. Never changed after that.
 */
@Entity
@Table(name = "AUD_ENTRY")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private LocalDateTime occurredAt;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "OPERATION", nullable = false, length = 100)
    private String operation;

    @Column(name = "RECORD_TYPE", length = 40)
    private String recordType;

    @Column(name = "RECORD_ID", length = 200)
    private String recordId;

    @Column(name = "OUTCOME", nullable = false, length = 20)
    private String outcome;

    @Lob
    @Column(name = "CHANGES")
    private String changes;

    @Column(name = "CHANNEL", length = 10)
    private String channel;

    @Column(name = "ADDRESS", length = 100)
    private String address;

    @Column(name = "PURPOSE", length = 500)
    private String purpose;

    @Column(name = "REQUEST", length = 300)
    private String request;

    @Column(name = "CONTENT_HASH", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "CHAIN_SEQ")
    private Long chainSeq;

    @Column(name = "PREVIOUS_HASH", length = 64)
    private String previousHash;

    @Column(name = "HASH", length = 64)
    private String hash;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(AuditEvent event, OfficeId office) {
        this.office = office;
        this.occurredAt = LocalDateTime.ofInstant(event.occurredAt().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
        this.actor = cut(event.actor(), 100);
        this.operation = cut(event.operation(), 100);
        this.recordType = cut(event.recordType(), 40);
        this.recordId = cut(event.recordId(), 200);
        this.outcome = cut(event.outcome(), 20);
        this.changes = ChangesCodec.encode(event.changes());
        this.channel = cut(event.origin().channel(), 10);
        this.address = cut(event.origin().address(), 100);
        this.purpose = cut(event.origin().purpose(), 500);
        this.request = cut(event.origin().request(), 300);
        this.contentHash = computeContentHash();
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    /** @return the hash of what the entry says, as it says it now */
    String computeContentHash() {
        return Sha256.of(String.valueOf(occurredAt), actor, operation, String.valueOf(recordType),
                String.valueOf(recordId), outcome, String.valueOf(changes), String.valueOf(channel),
                String.valueOf(address), String.valueOf(purpose), String.valueOf(request));
    }

    /** @return the chained hash this entry should carry at its place after the given hash */
    String computeChainHash(long seq, String previous) {
        return Sha256.of(String.valueOf(seq), String.valueOf(id), contentHash, previous);
    }

    void chain(long seq, String previous) {
        this.chainSeq = seq;
        this.previousHash = previous;
        this.hash = computeChainHash(seq, previous);
    }

    Long chainSeq() {
        return chainSeq;
    }

    String previousHash() {
        return previousHash;
    }

    String hash() {
        return hash;
    }

    String contentHash() {
        return contentHash;
    }

    /** @return this entry as the viewer shows it */
    AuditRecord toRecord() {
        return new AuditRecord(id, chainSeq == null ? 0 : chainSeq, occurredAt.toInstant(ZoneOffset.UTC), actor,
                operation, recordType, recordId, outcome, ChangesCodec.decode(changes), channel, address, purpose,
                request, hash);
    }
}
