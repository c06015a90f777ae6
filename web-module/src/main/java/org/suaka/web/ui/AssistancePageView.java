package org.suaka.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;
import org.suaka.partner.api.AssistanceKind;
import org.suaka.partner.api.AssistanceQuery;
import org.suaka.partner.api.AssistanceService;
import org.suaka.partner.api.AssistanceTally;
import org.suaka.partner.api.AssistanceView;
import org.suaka.partner.api.OrganisationId;
import org.suaka.partner.api.OrganisationView;
import org.suaka.partner.api.PartnerService;
import org.suaka.partner.api.RecordAssistance;
import org.suaka.partner.api.VoidAssistance;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;

/**
 * The assistance page: a form to record what a partner gave for a month, the totals per month, partner and
 * kind over a chosen period (with its official summary), and the records, paged by the database, each voidable
 * with a reason.
 */
@Named("assistance")
@ViewScoped
public class AssistancePageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssistanceService assistance;

    @Inject
    transient PartnerService partners;

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private String personId;
    private String organisationId;
    private AssistanceKind kind = AssistanceKind.CASH;
    private String month;
    private BigDecimal amount;
    private boolean forFamily;
    private String note;
    private String fromMonth;
    private String toMonth;
    private String organisationFilter;
    private String voidReason;
    private List<AssistanceTally> totals;
    private Map<PersonId, PersonView> names = Map.of();
    private final LazyDataModel<AssistanceView> model = new ServicePages<AssistanceView>(
            page -> assistance.list(new AssistanceQuery(OrganisationId.parse(organisationFilter).orElse(null), null, null, null,
                    page)), row -> row.id().toString())
            .whenShown(rows -> names = persons.findAll(rows.stream().map(AssistanceView::personId).distinct().toList()));

    /** Records the assistance the form describes. */
    public void record() {
        FormFailures.submit("record", () -> {
            assistance.record(new RecordAssistance(PersonId.parse(personId).orElse(null),
                    OrganisationId.parse(organisationId).orElse(null), kind, parse("month", getMonth()),
                    amount == null ? null : amount.longValue(), forFamily, note));
            Messages.info(Messages.text("assistance.recorded"));
            totals = null;
            personId = null;
            note = null;
            forFamily = false;
            return null;
        });
    }

    /** @param record the record to void, with the reason typed beside it */
    public void voidRecord(AssistanceView record) {
        FormFailures.submit("list", () -> {
            assistance.voidRecord(record.id(), new VoidAssistance(voidReason, record.version()));
            Messages.info(Messages.text("assistance.voided"));
            totals = null;
            voidReason = null;
            return null;
        });
    }

    /** @return the counted assistance of the chosen period, per month, partner and kind */
    public List<AssistanceTally> getTotals() {
        if (totals == null) {
            try {
                totals = assistance.totals(parse("fromMonth", getFromMonth()), parse("toMonth", getToMonth()));
            } catch (RuntimeException refused) {
                FormFailures.show("totals", refused);
                totals = List.of();
            }
        }
        return totals;
    }

    /**
     * @param text what the user typed
     * @return up to ten persons whose name contains it
     */
    public List<PersonView> complete(String text) {
        return persons.search(new PersonSearch(text, null, new PageRequest(0, 10))).items();
    }

    /**
     * @param record a record of the page shown
     * @return the recipient's name
     */
    public String nameOf(AssistanceView record) {
        PersonView person = names.get(record.personId());
        return person == null ? record.personId().toString() : person.fullName();
    }

    /**
     * @param of a month
     * @return its name in the interface language, e.g. "September 2024"
     */
    public String monthName(YearMonth of) {
        return DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(of);
    }

    /**
     * @param value an amount in rupiah
     * @return it written with the interface language's grouping, e.g. "2.500.000"
     */
    public String rupiah(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static YearMonth parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException(field, Messages.text("assistance.monthRequired"));
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, Messages.text("assistance.monthRequired"));
        }
    }

    /** @return the partners of the office */
    public List<OrganisationView> getOrganisations() {
        return partners.organisations();
    }

    /** @return the kinds of assistance */
    public AssistanceKind[] getKinds() {
        return AssistanceKind.values();
    }

    /** @return the table's lazy model */
    public LazyDataModel<AssistanceView> getModel() {
        return model;
    }

    /** @return the recipient */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the recipient */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the partner */
    public String getOrganisationId() {
        return organisationId;
    }

    /** @param organisationId the partner */
    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    /** @return what was given */
    public AssistanceKind getKind() {
        return kind;
    }

    /** @param kind what was given */
    public void setKind(AssistanceKind kind) {
        this.kind = kind;
    }

    /** @return the month it was given for, YYYY-MM; this month at first */
    public String getMonth() {
        if (month == null) {
            month = YearMonth.now(clock).toString();
        }
        return month;
    }

    /** @param month the month it was given for */
    public void setMonth(String month) {
        this.month = month;
    }

    /** @return the amount in rupiah */
    public BigDecimal getAmount() {
        return amount;
    }

    /** @param amount the amount in rupiah */
    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    /** @return whether it covers the recipient's family */
    public boolean isForFamily() {
        return forFamily;
    }

    /** @param forFamily whether it covers the recipient's family */
    public void setForFamily(boolean forFamily) {
        this.forFamily = forFamily;
    }

    /** @return a remark */
    public String getNote() {
        return note;
    }

    /** @param note a remark */
    public void setNote(String note) {
        this.note = note;
    }

    /** @return the first month of the totals; the month before this at first */
    public String getFromMonth() {
        if (fromMonth == null) {
            fromMonth = YearMonth.now(clock).minusMonths(1).toString();
        }
        return fromMonth;
    }

    /** @param fromMonth the first month of the totals */
    public void setFromMonth(String fromMonth) {
        this.fromMonth = fromMonth;
        this.totals = null;
    }

    /** @return the last month of the totals; this month at first */
    public String getToMonth() {
        if (toMonth == null) {
            toMonth = YearMonth.now(clock).toString();
        }
        return toMonth;
    }

    /** @param toMonth the last month of the totals */
    public void setToMonth(String toMonth) {
        this.toMonth = toMonth;
        this.totals = null;
    }

    /** @return the partner the list is narrowed to, or null */
    public String getOrganisationFilter() {
        return organisationFilter;
    }

    /** @param organisationFilter the partner to narrow the list to, or null */
    public void setOrganisationFilter(String organisationFilter) {
        this.organisationFilter = organisationFilter == null || organisationFilter.isBlank() ? null : organisationFilter;
    }

    /** @return the reason typed for a void */
    public String getVoidReason() {
        return voidReason;
    }

    /** @param voidReason the reason for a void */
    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
