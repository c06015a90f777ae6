package org.suaka.reporting.internal.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.platform.persistence.OfficeYearSequence;
import org.suaka.platform.persistence.SequenceYears;
import org.suaka.reporting.api.IssuedQuery;
import org.suaka.reporting.api.IssuedReportRecord;

/**
 * Numbers and keeps issued documents.
 */
@ApplicationScoped
public class ReportArchive {

    @PersistenceContext(unitName = "reporting")
    private EntityManager em;

    @Inject
    SequenceYears years;

    @Inject
    OfficeScope offices;

    protected ReportArchive() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container (one thread, so a missing year
     *     is simply inserted)
     */
    public ReportArchive(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the next document number of a year. The sequence row stays locked until the transaction
     * ends, so numbers are handed out one at a time, and a rolled-back issue gives its number back.
     *
     * @param office the issuing office: each office numbers its documents from 1 each year
     * @param year the year of issue
     * @return the number of the document within the year, from 1
     */
    public long nextSequence(OfficeId office, int year) {
        return OfficeYearSequence.next(em, DocumentSequence.class, office, year, years,
                () -> new DocumentSequence(office, year));
    }

    /** @param document an issued document to keep */
    public void keep(IssuedDocument document) {
        em.persist(document);
    }

    /**
     * @param verificationCode a code printed on a document
     * @return the document issued under it, or empty
     */
    public Optional<IssuedDocument> find(String verificationCode) {
        return Optional.ofNullable(em.find(IssuedDocument.class, verificationCode));
    }

    /**
     * @param verificationCode a document's code
     * @return the document, when it belongs to an office the caller reads
     */
    public Optional<IssuedDocument> findReadable(String verificationCode) {
        return find(verificationCode).filter(d -> offices.readable().includes(d.office()));
    }

    /**
     * @param verificationCode a document's code
     * @return its withdrawal, if it was withdrawn
     */
    public Optional<DocumentRevocation> revocationOf(String verificationCode) {
        return Optional.ofNullable(em.find(DocumentRevocation.class, verificationCode));
    }

    /** @param revocation a new withdrawal to keep */
    public void keep(DocumentRevocation revocation) {
        em.persist(revocation);
        em.flush();
    }

    /**
     * @param query the filters and the page
     * @return the documents of the offices the caller reads, latest first; the PDFs are not loaded
     */
    public ResultPage<IssuedReportRecord> issued(IssuedQuery query) {
        OfficeFilter readable = offices.readable();
        StringBuilder where = new StringBuilder(" where " + readable.condition("d.office"));
        Map<String, Object> parameters = new HashMap<>();
        if (query.reportId() != null && !query.reportId().isBlank()) {
            where.append(" and d.reportId = :report");
            parameters.put("report", query.reportId().strip());
        }
        if (query.issuedBy() != null && !query.issuedBy().isBlank()) {
            where.append(" and d.issuedBy = :user");
            parameters.put("user", query.issuedBy().strip());
        }
        if (query.month() != null) {
            where.append(" and d.issuedAt >= :from and d.issuedAt < :until");
            parameters.put("from", query.month().atDay(1).atStartOfDay());
            parameters.put("until", query.month().plusMonths(1).atDay(1).atStartOfDay());
        }
        TypedQuery<Object[]> rows = readable.bind(em.createQuery("select d, r from IssuedDocument d left join"
                + " DocumentRevocation r on r.verificationCode = d.verificationCode" + where
                + " order by d.issuedAt desc, d.verificationCode", Object[].class));
        TypedQuery<Long> count = readable.bind(em.createQuery("select count(d) from IssuedDocument d" + where,
                Long.class));
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<IssuedReportRecord> items = rows.setFirstResult(query.page().offset()).setMaxResults(query.page().limit())
                .getResultStream().map(row -> ((IssuedDocument) row[0]).toRecord(row[1] == null ? null
                        : ((DocumentRevocation) row[1]).toView())).toList();
        return new ResultPage<>(items, query.page().offset(), count.getSingleResult());
    }
}
