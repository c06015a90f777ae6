package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.office.api.OfficeService;
import org.suaka.office.api.OfficeView;
import org.suaka.platform.office.OfficeId;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.PersonView;
import org.suaka.registry.api.TransferPerson;

/**
 * The page that hands a person ({@code ?id=}), and their family if asked, over to another office. The
 * registry refuses an unknown office, the top office, the person's own office and a day before the person
 * came; the version read when the page opened goes with the transfer.
 */
@Named("transferForm")
@ViewScoped
public class TransferFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "transfer";

    @Inject
    transient PersonService persons;

    @Inject
    transient OfficeService offices;

    @Inject
    transient Clock clock;

    private String id;
    private String personName;
    private Long version;
    private OfficeId from;
    private String to;
    private LocalDate on;
    private boolean withFamily = true;

    /** Fills the form for the person named by the {@code id} view parameter. */
    public void load() {
        PersonView person = PersonId.parse(id).flatMap(persons::find).orElse(null);
        if (person == null) {
            Messages.error(null, Messages.text("common.noRecord"));
            return;
        }
        personName = person.fullName();
        version = person.version();
        from = person.office();
        on = LocalDate.now(clock);
    }

    /** @return whether a person was found to transfer */
    public boolean isReady() {
        return version != null;
    }

    /** @return the offices the person may go to: every office below the top one but their own */
    public List<OfficeView> getOffices() {
        return offices.all().stream().filter(o -> !o.national() && !o.id().equals(from)).toList();
    }

    /** @return the person's page, or null to stay on the form with the messages shown */
    public String transfer() {
        if (OfficeId.parse(to).isEmpty()) {
            Messages.error(FORM + ":to", Messages.text("common.required"));
            return null;
        }
        return FormFailures.submit(FORM, () -> {
            OfficeId receiving = OfficeId.parse(to).orElseThrow();
            List<PersonView> moved = persons.transfer(PersonId.parse(id).orElseThrow(),
                    new TransferPerson(receiving, on, withFamily, version));
            Messages.info(Messages.text("transfer.done", moved.size(), offices.get(receiving).name()));
            return "/app/persons.xhtml?faces-redirect=true";
        });
    }

    /** @return the id of the person */
    public String getId() {
        return id;
    }

    /** @param id the id of the person to transfer */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the person's name */
    public String getPersonName() {
        return personName;
    }

    /** @return the id of the receiving office chosen */
    public String getTo() {
        return to;
    }

    /** @param to the id of the receiving office chosen */
    public void setTo(String to) {
        this.to = to;
    }

    /** @return the day of the transfer */
    public LocalDate getOn() {
        return on;
    }

    /** @param on the day of the transfer */
    public void setOn(LocalDate on) {
        this.on = on;
    }

    /** @return whether the family goes too */
    public boolean isWithFamily() {
        return withFamily;
    }

    /** @param withFamily whether the family goes too */
    public void setWithFamily(boolean withFamily) {
        this.withFamily = withFamily;
    }
}
