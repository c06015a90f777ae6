package org.suaka.web.ui;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.platform.api.PageRequest;
import org.suaka.registry.api.FamilyService;
import org.suaka.registry.api.JoinFamily;
import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.Relationship;

/**
 * The form on a person's page that puts them in a family of the office (chosen by its head's name) with
 * their relationship to the head, or starts a family they head.
 */
@Named("familyForm")
@ViewScoped
public class FamilyForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "familyJoin";

    @Inject
    transient FamilyService families;

    private String personId;
    private String familyId;
    private Relationship relationship;
    private List<SelectItem> choices;

    /**
     * @return the person's page again, or null to stay with the messages shown
     */
    public String save() {
        return FormFailures.submit(FORM, () -> {
            UUID family = familyId == null || familyId.isBlank() ? null : UUID.fromString(familyId);
            families.join(PersonId.parse(personId).orElseThrow(),
                    new JoinFamily(family, family == null ? Relationship.HEAD : relationship));
            Messages.info(Messages.text("family.saved"));
            return PersonTab.FAMILY.outcome(personId);
        });
    }

    /** @return the families of the office by their head's name and size, read once for the view */
    public List<SelectItem> getFamilies() {
        if (choices == null) {
            choices = families.list(new PageRequest(0, PageRequest.MAX_LIMIT)).stream()
                    .map(f -> new SelectItem(f.id().toString(), Messages.text("family.choice", f.head().name(), f.size())))
                    .toList();
        }
        return choices;
    }

    /** @return the relationships a member may have to the head */
    public List<Relationship> getRelationships() {
        return java.util.Arrays.stream(Relationship.values()).filter(r -> r != Relationship.HEAD).toList();
    }

    /** @return the person, from the page's {@code id} */
    public String getPersonId() {
        return personId;
    }

    /** @param personId the person, from the page's {@code id} */
    public void setPersonId(String personId) {
        this.personId = personId;
    }

    /** @return the family chosen, or empty for a new family */
    public String getFamilyId() {
        return familyId;
    }

    /** @param familyId the family chosen, or empty for a new family */
    public void setFamilyId(String familyId) {
        this.familyId = familyId;
    }

    /** @return the relationship chosen */
    public Relationship getRelationship() {
        return relationship;
    }

    /** @param relationship the relationship chosen */
    public void setRelationship(Relationship relationship) {
        this.relationship = relationship;
    }
}
