package org.suaka.registry.internal.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.office.OfficeFilter;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.DocumentType;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.internal.domain.DocumentScanContent;
import org.suaka.registry.internal.domain.IdentityDocument;
import org.suaka.registry.internal.domain.Person;

/**
 * Identity documents in {@code REG_DOCUMENT} and their scans in {@code REG_DOCUMENT_SCAN}.
 */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "registry")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected DocumentRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller may read
     */
    public DocumentRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /** @param document a document to keep, written at once */
    public void add(IdentityDocument document) {
        em.persist(document);
        em.flush();
    }

    /**
     * @param personId a person
     * @return the person's documents, those that expire last first, those without an end last
     */
    public List<IdentityDocument> documentsOf(PersonId personId) {
        return em.createQuery("select d from IdentityDocument d where d.personId = :person"
                + " order by case when d.expiresOn is null then 1 else 0 end, d.expiresOn desc, d.type",
                IdentityDocument.class).setParameter("person", personId.toString()).getResultList();
    }

    /**
     * @param type a kind of document
     * @param numberKey its number as compared ({@link IdentityDocument#keyOf})
     * @param personId a person
     * @return whether another person holds a document of that kind and number, in any office
     */
    public boolean heldByAnother(DocumentType type, String numberKey, PersonId personId) {
        return em.createQuery("select count(d) from IdentityDocument d where d.type = :type and d.numberKey = :key"
                + " and d.personId <> :person", Long.class).setParameter("type", type).setParameter("key", numberKey)
                .setParameter("person", personId.toString()).getSingleResult() > 0;
    }

    /**
     * @param id a document
     * @return it, locked for the attachment of its scan
     */
    public Optional<IdentityDocument> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(IdentityDocument.class, id.toString(), LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * @param id a document
     * @return it
     */
    public Optional<IdentityDocument> find(UUID id) {
        return Optional.ofNullable(em.find(IdentityDocument.class, id.toString()));
    }

    /**
     * @param documentId a document
     * @return its scan
     */
    public Optional<DocumentScanContent> scanOf(UUID documentId) {
        return Optional.ofNullable(em.find(DocumentScanContent.class, documentId.toString()));
    }

    /** @param scan a scan to keep */
    public void add(DocumentScanContent scan) {
        em.persist(scan);
    }

    /** Writes what changed. */
    public void flush() {
        em.flush();
    }

    /**
     * @param from the first day
     * @param until the last day
     * @param page which of them
     * @return the documents of persons under supervision in the offices the caller reads that expire from the
     *     first day to the last, soonest first, each with its holder
     */
    public ResultPage<Held> expiring(LocalDate from, LocalDate until, PageRequest page) {
        OfficeFilter readable = offices.readable();
        String where = " from IdentityDocument d, Person p where p.id = d.personId and p.supervisedUntil is null"
                + " and d.expiresOn between :from and :until and " + readable.condition("p.office");
        var rows = readable.bind(em.createQuery("select d, p" + where + " order by d.expiresOn, p.familyName,"
                + " p.givenName, d.id", Object[].class)).setParameter("from", from).setParameter("until", until);
        var count = readable.bind(em.createQuery("select count(d)" + where, Long.class))
                .setParameter("from", from).setParameter("until", until);
        List<Held> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultStream()
                .map(row -> new Held((IdentityDocument) row[0], (Person) row[1])).toList();
        return new ResultPage<>(items, page.offset(), count.getSingleResult());
    }

    /**
     * A document with its holder.
     *
     * @param document the document
     * @param holder the person who holds it
     */
    public record Held(IdentityDocument document, Person holder) {
    }
}
