package org.suaka.reporting.internal.builtin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.reporting.internal.archive.CardBatches;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.PlacementView;
import org.suaka.shelter.api.ShelterId;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The cards of everyone placed in a shelter on the day of issue, by name, one row each ({@link CardRows});
 * persons without a valid card are left out. Made for a batch ({@link IdCardBatchReport#BATCH}), it
 * reports its progress every few persons.
 */
@ApplicationScoped
public class IdCardBatchDataset implements ReportDataset {

    /** How many persons are looked at between two reports of progress. */
    private static final int PROGRESS_EVERY = 10;

    private PersonService persons;
    private ShelterService shelters;
    private PlacementService placements;
    private CardRows rows;
    private CardBatches batches;

    protected IdCardBatchDataset() {
        // for CDI
    }

    /**
     * @param persons the registry's persons
     * @param shelters the shelters
     * @param placements who is placed where
     * @param rows makes a card's row
     * @param batches where a batch's progress is kept
     */
    @Inject
    public IdCardBatchDataset(PersonService persons, ShelterService shelters, PlacementService placements,
            CardRows rows, CardBatches batches) {
        this.persons = persons;
        this.shelters = shelters;
        this.placements = placements;
        this.rows = rows;
        this.batches = batches;
    }

    @Override
    public String name() {
        return IdCardBatchReport.ID;
    }

    @Override
    public String description() {
        return "The valid special refugee ID cards of everyone placed in a shelter on the day of issue, by name:"
                + " one row per card; SHELTER_NAME (String) as a parameter";
    }

    @Override
    public List<ReportParameter> parameters() {
        return IdCardBatchReport.PARAMETERS;
    }

    @Override
    public List<DatasetField> fields() {
        return CardRows.FIELDS;
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        ShelterView shelter = shelters.get(new ShelterId(arguments.recordId(IdCardBatchReport.SHELTER)));
        Optional<UUID> batch = Optional.ofNullable((UUID) arguments.values().get(IdCardBatchReport.BATCH));
        List<PersonView> placed = placedIn(shelter, context);
        List<Map<String, Object>> cards = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            rows.rowOf(placed.get(i), context.locale()).ifPresent(cards::add);
            int looked = i + 1;
            if (looked % PROGRESS_EVERY == 0 || looked == placed.size()) {
                batch.ifPresent(id -> batches.advance(id, looked, placed.size(), cards.size()));
            }
        }
        if (cards.isEmpty()) {
            throw new BusinessRuleException("no-cards-in-shelter", "Nobody placed in " + shelter.name()
                    + " holds a valid card: issue cards first");
        }
        return new ReportData(Map.of("SHELTER_NAME", shelter.name()), cards);
    }

    private List<PersonView> placedIn(ShelterView shelter, ReportContext context) {
        List<PersonId> ids = placements.occupants(shelter.id(), context.issuedOn()).stream()
                .map(PlacementView::personId).toList();
        List<PersonView> placed = new ArrayList<>(persons.findEach(ids).values());
        placed.sort(Comparator.comparing(PersonView::fullName).thenComparing(p -> p.id().toString()));
        return placed;
    }
}
