package org.suaka.reporting.internal.application;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import org.suaka.platform.access.Caller;
import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.Failures;
import org.suaka.platform.audit.Audited;
import org.suaka.platform.office.OfficeScope;
import org.suaka.reporting.api.CardBatchService;
import org.suaka.reporting.api.CardBatchView;
import org.suaka.reporting.api.IssuedReport;
import org.suaka.reporting.api.ReportRequest;
import org.suaka.reporting.api.ReportService;
import org.suaka.reporting.internal.archive.CardBatch;
import org.suaka.reporting.internal.archive.CardBatches;
import org.suaka.reporting.internal.builtin.IdCardBatchReport;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;

/**
 * Starts a shelter's batch of ID cards on the container's managed executor, with the caller's identity,
 * and keeps its progress and outcome in {@link CardBatches}. The document is issued like any other report,
 * numbered and archived, so that it is downloaded and verified by its code.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
public class DefaultCardBatchService implements CardBatchService {

    @Resource
    ManagedExecutorService executor;

    @Inject
    CardBatches batches;

    @Inject
    ReportService reports;

    @Inject
    ShelterService shelters;

    @Inject
    OfficeScope offices;

    @Inject
    Caller caller;

    @Audited(write = true)
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public CardBatchView start(UUID shelterId, Locale locale) {
        shelters.get(new ShelterId(shelterId));
        String user = caller.name().orElseThrow();
        CardBatch batch = new CardBatch(offices.writable(), shelterId, user);
        batches.add(batch);
        CardBatchView queued = batch.toView();
        executor.submit(() -> run(queued, locale, user));
        return queued;
    }

    private void run(CardBatchView batch, Locale locale, String user) {
        try {
            IssuedReport issued = reports.issue(new ReportRequest(IdCardBatchReport.ID, Map.of(IdCardBatchReport.SHELTER,
                    batch.shelterId().toString(), IdCardBatchReport.BATCH, batch.id().toString()), locale, user));
            batches.finish(batch.id(), issued.verificationCode());
        } catch (RuntimeException e) {
            batches.fail(batch.id(), Failures.rootMessage(e));
        }
    }


    @RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER})
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CardBatchView> find(UUID batchId) {
        return batches.find(batchId).filter(offices::mayRead).map(CardBatch::toView);
    }
}
