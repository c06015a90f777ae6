package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.RecordSelfReport;

/**
 * The form on a person's page that records their monthly self-report (lapor diri): the day, today unless
 * changed, and the officer's remarks. The signed-in officer is recorded as the one who took it.
 */
@Named("selfReportForm")
@ViewScoped
public class SelfReportForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "selfReport";

    @Inject
    transient PersonService persons;

    @Inject
    transient Clock clock;

    private String personId;
    private LocalDate reportedOn;
    private String remarks;

    /**
     * @return the person's page again, or null to stay with the messages shown
     */
    public String record() {
        return FormFailures.submit(FORM, () -> {
            persons.recordSelfReport(PersonId.parse(personId).orElseThrow(), new RecordSelfReport(reportedOn, remarks));
            Messages.info(Messages.text("selfReport.recorded"));
            return PersonTab.SELF_REPORTS.outcome(personId);
        });
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the day of the report; today in the office at first */
    public LocalDate getReportedOn() {
        if (reportedOn == null) {
            reportedOn = LocalDate.now(clock);
        }
        return reportedOn;
    }

    /** @param reportedOn the day of the report */
    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    /** @return the officer's remarks */
    public String getRemarks() {
        return remarks;
    }

    /** @param remarks the officer's remarks */
    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
