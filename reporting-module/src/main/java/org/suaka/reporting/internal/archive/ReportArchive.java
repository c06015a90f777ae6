package org.suaka.reporting.internal.archive;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.office.OfficeId;

/**
 * Numbers and keeps issued documents.
 */
@ApplicationScoped
public class ReportArchive {

    @PersistenceContext(unitName = "reporting")
    private EntityManager em;

    @Inject
    SequenceYears years;

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
        DocumentSequence.Key key = new DocumentSequence.Key(office.toString(), year);
        DocumentSequence sequence = em.find(DocumentSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null && years != null) {
            years.open(office, year);
            sequence = em.find(DocumentSequence.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        if (sequence == null) {
            sequence = new DocumentSequence(office, year);
            em.persist(sequence);
        }
        return sequence.take();
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
}
