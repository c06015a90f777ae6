package org.suaka.web.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One entry of the audit trail. Written once, never changed.
 */
@Entity
@Table(name = "WEB_AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @Column(name = "SEQ")
    private long seq;

    @Column(name = "RECORDED_AT", nullable = false)
    private LocalDateTime recordedAt;

    @Column(name = "ACTOR", nullable = false, length = 100)
    private String actor;

    @Column(name = "ACTION", nullable = false, length = 40)
    private String action;

    @Column(name = "ENTITY", length = 40)
    private String entity;

    @Column(name = "ENTITY_ID", length = 200)
    private String entityId;

    @Column(name = "DETAIL", length = 500)
    private String detail;

    @Column(name = "ADDRESS", length = 100)
    private String address;

    @Column(name = "PURPOSE", length = 500)
    private String purpose;

    @Column(name = "PREVIOUS_HASH", nullable = false, length = 64)
    private String previousHash;

    @Column(name = "HASH", nullable = false, length = 64)
    private String hash;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(long seq, LocalDateTime recordedAt, AuditEvent event, String previousHash) {
        this.seq = seq;
        this.recordedAt = recordedAt;
        this.actor = cut(event.actor(), 100);
        this.action = cut(event.action(), 40);
        this.entity = cut(event.entity(), 40);
        this.entityId = cut(event.entityId(), 200);
        this.detail = cut(event.detail(), 500);
        this.address = cut(event.address(), 100);
        this.purpose = cut(event.purpose(), 500);
        this.previousHash = previousHash;
        this.hash = computeHash();
    }

    private static String cut(String text, int max) {
        return text == null ? null : text.length() <= max ? text : text.substring(0, max);
    }

    /** @return the hash this entry's content and its predecessor's hash give now */
    String computeHash() {
        String content = String.join("\u001f", String.valueOf(seq), String.valueOf(recordedAt), actor, action,
                String.valueOf(entity), String.valueOf(entityId), String.valueOf(detail), String.valueOf(address),
                String.valueOf(purpose), previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    long seq() {
        return seq;
    }

    String hash() {
        return hash;
    }

    String previousHash() {
        return previousHash;
    }

    /** @return this entry as the audit viewer shows it */
    public AuditRecord toRecord() {
        return new AuditRecord(seq, recordedAt, actor, action, entity, entityId, detail, address, purpose, hash);
    }
}
