package org.suaka.web.ui;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.platform.api.PageRequest;
import org.suaka.web.audit.AuditRecord;
import org.suaka.web.audit.AuditTrail;
import org.suaka.web.audit.AuditVerification;

/**
 * The audit viewer for administrators: filter by user, record and dates, verify the chain, export.
 */
@Named("auditView")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient AuditTrail trail;

    private String user;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRecord> entries;
    private long total;
    private AuditVerification verification;

    /** Runs the search with the current filters. */
    public void search() {
        var page = trail.search(user, entityId, from, to, new PageRequest(0, SHOWN));
        entries = page.items();
        total = page.total();
    }

    /** Checks the whole hash chain. */
    public void verify() {
        verification = trail.verify();
    }

    /** @return the export address for the current filters */
    public String getExportUrl() {
        StringBuilder url = new StringBuilder("/api/v1/audit/export?");
        append(url, "user", user);
        append(url, "entityId", entityId);
        append(url, "from", from == null ? null : from.toString());
        append(url, "to", to == null ? null : to.toString());
        return url.toString();
    }

    private static void append(StringBuilder url, String name, String value) {
        if (value != null && !value.isBlank()) {
            url.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    /** @return the entries found, latest first */
    public List<AuditRecord> getEntries() {
        if (entries == null) {
            search();
        }
        return entries;
    }

    /** @return how many entries match in all */
    public long getTotal() {
        return total;
    }

    /** @return the last verification, or null */
    public AuditVerification getVerification() {
        return verification;
    }

    /** @return the user filter */
    public String getUser() {
        return user;
    }

    /** @param user the user filter */
    public void setUser(String user) {
        this.user = user;
    }

    /** @return the record filter */
    public String getEntityId() {
        return entityId;
    }

    /** @param entityId the record filter */
    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    /** @return the first day */
    public LocalDate getFrom() {
        return from;
    }

    /** @param from the first day */
    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** @return the last day */
    public LocalDate getTo() {
        return to;
    }

    /** @param to the last day */
    public void setTo(LocalDate to) {
        this.to = to;
    }
}
