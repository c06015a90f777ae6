package org.suaka.web.ui;

import java.io.Serializable;
import java.time.LocalDate;

import org.suaka.partner.api.AddActionItem;

/** One new action item typed on the visit form: what, who, by when. */
public class ActionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String description;
    private String owner;
    private LocalDate dueOn;

    /** @return whether nothing was typed in the row */
    boolean isBlank() {
        return (description == null || description.isBlank()) && (owner == null || owner.isBlank()) && dueOn == null;
    }

    /** @return the action item the row holds */
    AddActionItem toCommand() {
        return new AddActionItem(description, owner, dueOn);
    }

    /** @return what is to be done */
    public String getDescription() {
        return description;
    }

    /** @param description what is to be done */
    public void setDescription(String description) {
        this.description = description;
    }

    /** @return who does it */
    public String getOwner() {
        return owner;
    }

    /** @param owner who does it */
    public void setOwner(String owner) {
        this.owner = owner;
    }

    /** @return by when */
    public LocalDate getDueOn() {
        return dueOn;
    }

    /** @param dueOn by when */
    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
