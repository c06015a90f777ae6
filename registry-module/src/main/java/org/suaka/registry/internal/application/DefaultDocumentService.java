package org.suaka.registry.internal.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

import org.suaka.platform.access.AccessScope;
import org.suaka.platform.access.DataCategory;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.AccessDeniedException;
import org.suaka.platform.api.BusinessRuleException;
import org.suaka.platform.api.Commands;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.api.ResultPage;
import org.suaka.platform.api.UploadedFiles;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeScope;
import org.suaka.registry.api.DocumentScan;
import org.suaka.registry.api.DocumentService;
import org.suaka.registry.api.ExpiringDocument;
import org.suaka.registry.api.IdentityDocumentView;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonNotFoundException;
import org.suaka.registry.api.RecordDocument;
import org.suaka.registry.internal.domain.DocumentScanContent;
import org.suaka.registry.internal.domain.IdentityDocument;
import org.suaka.registry.internal.domain.PersonRules;
import org.suaka.registry.internal.persistence.DocumentRepository;
import org.suaka.registry.internal.persistence.PersonRepository;

/**
 * Records persons' identity documents and their scans, checked by content, and lists those that expire soon.
 * Documents are identity data: partner staff see them only when their organisation is granted it.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
public class DefaultDocumentService implements DocumentService {

    private DocumentRepository documents;
    private PersonRepository persons;
    private Clock clock;
    private OfficeScope offices;
    private AccessScope scope;

    private Validator validator;

    public DefaultDocumentService() {
        // for CDI
    }

    /**
     * @param documents where documents are kept
     * @param persons where persons are kept
     * @param clock the clock that says what day it is
     * @param offices the offices the caller reads and writes for
     * @param scope what the caller may see
     * @param validator checks the commands (the container does not on every bean)
     */
    @Inject
    public DefaultDocumentService(DocumentRepository documents, PersonRepository persons, Clock clock,
            OfficeScope offices, AccessScope scope, Validator validator) {
        this.validator = validator;
        this.documents = documents;
        this.persons = persons;
        this.clock = clock;
        this.offices = offices;
        this.scope = scope;
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public IdentityDocumentView record(PersonId personId, RecordDocument command) {
        Commands.valid(validator, command);
        changeable(personId);
        if (command.issuedOn() != null) {
            PersonRules.requireDay("issuedOn", command.issuedOn(), LocalDate.now(clock));
        }
        IdentityDocument document = new IdentityDocument(personId, command);
        if (documents.heldByAnother(command.type(), IdentityDocument.keyOf(command.number()), personId)) {
            throw new BusinessRuleException("document-number-taken", "Another person holds a " + command.type()
                    + " numbered " + command.number().strip());
        }
        documents.add(document);
        return document.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<IdentityDocumentView> documentsOf(PersonId personId) {
        readable(personId);
        return documents.documentsOf(personId).stream().map(IdentityDocument::toView).toList();
    }

    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
    @Audited(write = true)
    @Override
    public IdentityDocumentView attachScan(PersonId personId, UUID documentId, byte[] content) {
        changeable(personId);
        IdentityDocument document = documents.findForUpdate(documentId).filter(d -> d.isOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("document", documentId.toString()));
        String mediaType = UploadedFiles.check("scan", content, MAX_SCAN_BYTES, UploadedFiles.IMAGES_AND_PDF).mediaType();
        documents.scanOf(documentId).ifPresentOrElse(scan -> scan.replace(mediaType, content),
                () -> documents.add(new DocumentScanContent(documentId, mediaType, content)));
        document.scanned(mediaType);
        documents.flush();
        return document.toView();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public DocumentScan scanOf(PersonId personId, UUID documentId) {
        readable(personId);
        documents.find(documentId).filter(d -> d.isOf(personId))
                .orElseThrow(() -> new RecordNotFoundException("document", documentId.toString()));
        return documents.scanOf(documentId).map(DocumentScanContent::toScan)
                .orElseThrow(() -> new RecordNotFoundException("scan", documentId.toString()));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ResultPage<ExpiringDocument> expiring(int days, PageRequest page) {
        if (days < 1 || days > 366) {
            throw new InvalidFieldException("days", "Look 1 to 366 days ahead");
        }
        requireIdentityData();
        LocalDate today = LocalDate.now(clock);
        ResultPage<DocumentRepository.Held> found = documents.expiring(today, today.plusDays(days), page);
        Set<DataCategory> visible = scope.visibleToCaller();
        return new ResultPage<>(found.items().stream().map(held -> new ExpiringDocument(held.document().toView(),
                held.holder().toView().visibleIn(visible).fullName())).toList(), found.offset(), found.total());
    }

    private void changeable(PersonId personId) {
        OfficeId mine = offices.writable();
        persons.find(personId).filter(p -> p.office().equals(mine)).orElseThrow(() -> new PersonNotFoundException(personId));
    }

    private void readable(PersonId personId) {
        persons.find(personId).orElseThrow(() -> new PersonNotFoundException(personId));
        requireIdentityData();
    }

    private void requireIdentityData() {
        if (!scope.allows(DataCategory.IDENTITY)) {
            throw new AccessDeniedException("Your organisation is not granted identity data");
        }
    }
}
