package org.suaka.web.ui;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.audit.api.AuditQuery;
import org.suaka.audit.api.AuditRecord;
import org.suaka.audit.api.AuditTrail;
import org.suaka.audit.api.AuditVerification;
import org.suaka.platform.api.PageRequest;

/**
 * The audit viewer for administrators: filter by user, record and dates (office time), verify the chain,
 * export everything that matches.
 */
@Named("auditView")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    @Inject
    transient AuditTrail trail;

    @Inject
    transient Clock clock;

    private String user;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRecord> entries;
    private long total;
    private AuditVerification verification;

    /** Runs the search with the current filters. */
    public void search() {
        ZoneId zone = clock.getZone();
        var query = new AuditQuery(user, entityId, null, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        var page = trail.search(query, new PageRequest(0, SHOWN));
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

    /**
     * @param record an entry
     * @return when it happened, in office time, to the second
     */
    public String when(AuditRecord record) {
        return OfficeTimes.of(record.occurredAt(), clock);
    }

    /**
     * @param record an entry
     * @return its field changes as one line, {@code field: before → after}
     */
    public String changes(AuditRecord record) {
        return String.join("; ", record.changes().stream()
                .map(c -> c.field() + ": " + (c.before() == null ? "–" : c.before()) + " → " + c.after()).toList());
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
