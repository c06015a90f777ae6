package org.suaka.web.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the audit chain: the last entry's number and hash. Its row is locked while an entry is
 * appended.
 */
@Entity
@Table(name = "WEB_AUDIT_HEAD")
public class AuditHead {

    static final int ID = 1;

    @Id
    @Column(name = "ID")
    private int id;

    @Column(name = "LAST_SEQ", nullable = false)
    private long lastSeq;

    @Column(name = "LAST_HASH", nullable = false, length = 64)
    private String lastHash;

    protected AuditHead() {
        // for JPA
    }

    AuditHead(String genesis) {
        this.id = ID;
        this.lastSeq = 0;
        this.lastHash = genesis;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(long seq, String hash) {
        this.lastSeq = seq;
        this.lastHash = hash;
    }
}
