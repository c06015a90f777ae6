package org.suaka.web.ui;

import java.io.Serializable;
import java.util.UUID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.reporting.api.BatchState;
import org.suaka.reporting.api.CardBatchService;
import org.suaka.reporting.api.CardBatchView;

/**
 * The panel on a shelter's page that makes the ID cards of everyone placed there: it starts the batch,
 * polls its progress while it runs, and offers the document for download once it is done.
 */
@Named("cardBatch")
@ViewScoped
public class CardBatchPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "cardBatch";

    @Inject
    transient CardBatchService batches;

    @Inject
    LanguageView language;

    private CardBatchView batch;

    /** @param shelterId the shelter shown */
    public void start(UUID shelterId) {
        FormFailures.submit(FORM, () -> {
            batch = batches.start(shelterId, language.getLocale());
            return null;
        });
    }

    /** Reads the batch's progress again. */
    public void refresh() {
        if (batch != null) {
            batches.find(batch.id()).ifPresent(now -> batch = now);
        }
    }

    /** @return the batch started from this page, or null before */
    public CardBatchView getBatch() {
        return batch;
    }

    /** @return whether the batch is still being made, so that the page keeps polling */
    public boolean isRunning() {
        return batch != null && (batch.state() == BatchState.QUEUED || batch.state() == BatchState.RUNNING);
    }

    /** @return how many persons were looked at, of how many, and how many cards were made */
    public String getProgress() {
        return batch == null ? "" : Messages.text("cardBatch.progress", batch.done(), batch.total(), batch.cards());
    }

    /** @return how far the batch is, 0 to 100 */
    public int getPercent() {
        if (batch == null || batch.total() == 0) {
            return batch != null && batch.state() == BatchState.DONE ? 100 : 0;
        }
        return batch.done() * 100 / batch.total();
    }
}
