package org.suaka.partner.internal.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.suaka.partner.api.VisitId;
import org.suaka.partner.internal.domain.VisitAttachment;
import org.suaka.partner.internal.domain.VisitAttachmentContent;
import org.suaka.platform.office.OfficeScope;

/** Files attached to visits, in {@code PTR_VISIT_ATTACHMENT} and their bytes apart. */
@ApplicationScoped
public class VisitAttachmentRepository {

    @PersistenceContext(unitName = "partner")
    private EntityManager em;

    @Inject
    private OfficeScope offices;

    protected VisitAttachmentRepository() {
        // for CDI
    }

    /**
     * @param em the entity manager to use, for tests outside a container
     * @param offices the offices the caller reads
     */
    public VisitAttachmentRepository(EntityManager em, OfficeScope offices) {
        this.em = em;
        this.offices = offices;
    }

    /**
     * @param attachment what is known of the file
     * @param content its bytes
     */
    public void add(VisitAttachment attachment, byte[] content) {
        em.persist(attachment);
        em.persist(new VisitAttachmentContent(attachment.id(), content));
        em.flush();
    }

    /**
     * @param visitId a visit
     * @return its attachments, in the order attached
     */
    public List<VisitAttachment> of(VisitId visitId) {
        return em.createQuery("select a from VisitAttachment a where a.visit.id = :visit order by a.createdAt, a.id",
                        VisitAttachment.class)
                .setParameter("visit", visitId.value().toString()).getResultStream().filter(offices::mayRead).toList();
    }

    /**
     * @param attachmentId an attachment
     * @return what is known of it, when the caller reads its office
     */
    public Optional<VisitAttachment> find(UUID attachmentId) {
        return Optional.ofNullable(em.find(VisitAttachment.class, attachmentId.toString())).filter(offices::mayRead);
    }

    /**
     * @param attachment an attachment the caller may read
     * @return its bytes
     */
    public byte[] contentOf(VisitAttachment attachment) {
        return em.find(VisitAttachmentContent.class, attachment.id().toString()).content();
    }
}
