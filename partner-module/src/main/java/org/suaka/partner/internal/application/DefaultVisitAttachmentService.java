package org.suaka.partner.internal.application;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.partner.api.AttachmentContent;
import org.suaka.partner.api.AttachmentView;
import org.suaka.partner.api.VisitAttachmentService;
import org.suaka.partner.api.VisitId;
import org.suaka.partner.api.VisitNotFoundException;
import org.suaka.partner.internal.domain.Visit;
import org.suaka.partner.internal.domain.VisitAttachment;
import org.suaka.partner.internal.persistence.PartnerRepository;
import org.suaka.partner.internal.persistence.VisitAttachmentRepository;
import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.UploadedFiles;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;

/** Keeps the files attached to visits: PDF and JPEG only, by their content, at most ten megabytes each. */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
public class DefaultVisitAttachmentService implements VisitAttachmentService {

    private VisitAttachmentRepository attachments;
    private PartnerRepository partners;
    private OfficeScope offices;
    private Caller caller;

    public DefaultVisitAttachmentService() {
        // for CDI
    }

    /**
     * @param attachments where attachments are kept
     * @param partners where visits are kept
     * @param offices the offices the caller reads and writes for
     * @param caller who attaches
     */
    @Inject
    public DefaultVisitAttachmentService(VisitAttachmentRepository attachments, PartnerRepository partners, OfficeScope offices,
            Caller caller) {
        this.attachments = attachments;
        this.partners = partners;
        this.offices = offices;
        this.caller = caller;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public AttachmentView attach(VisitId visitId, String fileName, byte[] content) {
        String name = fileName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidFieldException("fileName", "Name the file, in at most 200 characters");
        }
        UploadedFiles.Kind kind = UploadedFiles.check("file", content, MAX_BYTES, Set.of(UploadedFiles.Kind.PDF,
                UploadedFiles.Kind.JPEG));
        OfficeId mine = offices.writable();
        Visit visit = partners.findForUpdate(visitId).filter(v -> v.office().equals(mine))
                .orElseThrow(() -> new VisitNotFoundException(visitId));
        if (attachments.of(visitId).size() >= MAX_PER_VISIT) {
            throw new BusinessRuleException("attachments-full", "A visit keeps at most " + MAX_PER_VISIT + " files");
        }
        VisitAttachment attachment = new VisitAttachment(visit, name, kind.mediaType(), content.length, caller.name().orElseThrow());
        attachments.add(attachment, content);
        return attachment.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AttachmentView> of(VisitId visitId) {
        return attachments.of(visitId).stream().map(VisitAttachment::toView).toList();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AttachmentContent> content(UUID attachmentId) {
        return attachments.find(attachmentId).map(a -> {
            AttachmentView view = a.toView();
            return new AttachmentContent(view.fileName(), view.mediaType(), attachments.contentOf(a));
        });
    }
}
