package org.suaka.reporting.internal.archive;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.suaka.platform.office.OfficeId;
import org.suaka.platform.office.OfficeRecord;
import org.suaka.platform.persistence.OfficeIdConverter;
import org.suaka.reporting.api.BatchState;
import org.suaka.reporting.api.CardBatchView;

/** A batch of ID cards for a shelter ({@code RPT_CARD_BATCH}): its progress and, when done, its document. */
@Entity
@Table(name = "RPT_CARD_BATCH")
public class CardBatch implements OfficeRecord {

    /** The longest error message kept. */
    private static final int MAX_ERROR = 500;

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Convert(converter = OfficeIdConverter.class)
    @Column(name = "OFFICE_ID", nullable = false, length = 36)
    private OfficeId office;

    @Column(name = "SHELTER_ID", nullable = false, length = 36)
    private String shelterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false, length = 10)
    private BatchState state;

    @Column(name = "TOTAL", nullable = false)
    private int total;

    @Column(name = "DONE", nullable = false)
    private int done;

    @Column(name = "CARDS", nullable = false)
    private int cards;

    @Column(name = "VERIFICATION_CODE", length = 19)
    private String verificationCode;

    @Column(name = "ERROR", length = MAX_ERROR)
    private String error;

    @Column(name = "REQUESTED_BY", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "REQUESTED_AT", nullable = false)
    private LocalDateTime requestedAt;

    protected CardBatch() {
        // for JPA
    }

    /**
     * @param office the office that asked
     * @param shelterId the shelter
     * @param requestedBy who asked
     */
    public CardBatch(OfficeId office, UUID shelterId, String requestedBy) {
        this.id = UUID.randomUUID().toString();
        this.office = office;
        this.shelterId = shelterId.toString();
        this.state = BatchState.QUEUED;
        this.requestedBy = requestedBy;
        this.requestedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    /**
     * @param looked how many persons were looked at
     * @param of how many there are
     * @param printed how many cards were printed so far
     */
    public void advance(int looked, int of, int printed) {
        this.state = BatchState.RUNNING;
        this.done = looked;
        this.total = of;
        this.cards = printed;
    }

    /** @param code the issued document's verification code */
    public void finish(String code) {
        this.state = BatchState.DONE;
        this.done = total;
        this.verificationCode = code;
    }

    /** @param why what stopped the batch */
    public void fail(String why) {
        this.state = BatchState.FAILED;
        String text = why == null || why.isBlank() ? "?" : why;
        this.error = text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    @Override
    public OfficeId office() {
        return office;
    }

    /** @return the batch as the API shows it */
    public CardBatchView toView() {
        return new CardBatchView(UUID.fromString(id), UUID.fromString(shelterId), state, total, done, cards,
                verificationCode, error, requestedBy, requestedAt.toInstant(ZoneOffset.UTC));
    }
}
