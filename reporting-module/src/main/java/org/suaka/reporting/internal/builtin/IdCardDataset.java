package org.suaka.reporting.internal.builtin;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.suaka.platform.api.BusinessRuleException;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.reporting.spi.DatasetField;
import org.suaka.reporting.spi.ReportArguments;
import org.suaka.reporting.spi.ReportContext;
import org.suaka.reporting.spi.ReportData;
import org.suaka.reporting.spi.ReportDataset;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;

/**
 * The card of one person: one row with their valid card's number and dates, their name, sex, date of birth
 * and nationality, and their photo ({@link CardRows}). A person without a valid card has nothing to print.
 */
@ApplicationScoped
public class IdCardDataset implements ReportDataset {

    private PersonService persons;
    private CardRows rows;

    protected IdCardDataset() {
        // for CDI
    }

    /**
     * @param persons the registry's persons
     * @param rows makes a card's row
     */
    @Inject
    public IdCardDataset(PersonService persons, CardRows rows) {
        this.persons = persons;
        this.rows = rows;
    }

    @Override
    public String name() {
        return IdCardReport.ID;
    }

    @Override
    public String description() {
        return "One person's valid special refugee ID card: one row";
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter(IdCardReport.PERSON, ParameterType.RECORD_ID, true));
    }

    @Override
    public List<DatasetField> fields() {
        return CardRows.FIELDS;
    }

    @Override
    public ReportData fetch(ReportContext context, ReportArguments arguments) {
        PersonView person = persons.get(new PersonId(arguments.recordId(IdCardReport.PERSON)));
        Map<String, Object> card = rows.rowOf(person, context.locale())
                .orElseThrow(() -> new BusinessRuleException("no-valid-card", person.fullName()
                        + " holds no valid card: issue one first"));
        return new ReportData(Map.of(), List.of(card));
    }
}
