package org.suaka.web.ui;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.registry.api.MergePersons;
import org.suaka.registry.api.MergeService;
import org.suaka.registry.api.PersonId;

/**
 * The action on a person's duplicates tab that merges a possible duplicate into the person's record, after
 * the officer confirmed it, with the officer's note of why they are the same person.
 */
@Named("mergeForm")
@ViewScoped
public class MergeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "merge";

    @Inject
    transient MergeService merges;

    private String personId;
    private String note;

    /**
     * @param duplicate the record to merge into the person's
     * @return the duplicates tab again, or null to stay with the messages shown
     */
    public String merge(PersonId duplicate) {
        return FormFailures.submit(FORM, () -> {
            merges.merge(PersonId.parse(personId).orElseThrow(), new MergePersons(duplicate, note));
            Messages.info(Messages.text("merge.done"));
            return PersonTab.DUPLICATES.outcome(personId);
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

    /** @return why the records are the same person */
    public String getNote() {
        return note;
    }

    /** @param note why the records are the same person */
    public void setNote(String note) {
        this.note = note;
    }
}
