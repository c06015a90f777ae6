package org.suaka.shelter.internal.application;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.audit.Audited;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportParticipant;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.PersonId;
import org.suaka.shelter.api.PlacePerson;
import org.suaka.shelter.api.PlacementService;
import org.suaka.shelter.api.ShelterService;
import org.suaka.shelter.api.ShelterView;

/**
 * The shelter's part in an import: a row naming a shelter of the office (and perhaps the first night there)
 * places the person registered from it, in the registration's transaction, through the placement service and
 * its rules (capacity, dates). The registry finds this bean as an {@link ImportParticipant}; it never depends
 * on the shelter module.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@RequiresRole({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER})
@Audited
public class ShelterImportParticipant implements ImportParticipant {

    private static final String BUNDLE = "org.suaka.shelter.internal.application.ImportProblems";

    @Inject
    ShelterService shelters;

    @Inject
    PlacementService placements;

    @Inject
    Clock clock;

    @Override
    public void check(ImportRow row, Locale language, List<String> problems) {
        String name = row.text(ImportField.SHELTER);
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language, ShelterImportParticipant.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (name == null) {
            if (row.text(ImportField.PLACED_FROM) != null) {
                problems.add(texts.getString("field.placedFrom") + ": " + texts.getString("shelter.missing"));
            }
            return;
        }
        if (shelterNamed(name).isEmpty()) {
            problems.add(texts.getString("field.shelter") + ": " + new MessageFormat(texts.getString("shelter.unknown"), language)
                    .format(new Object[] {name}));
        }
        try {
            row.date(ImportField.PLACED_FROM);
        } catch (DateTimeParseException e) {
            problems.add(texts.getString("field.placedFrom") + ": " + new MessageFormat(texts.getString("date.unknown"), language)
                    .format(new Object[] {row.text(ImportField.PLACED_FROM)}));
        }
    }

    @Audited(write = true)
    @Override
    public void registered(PersonId person, ImportRow row) {
        String name = row.text(ImportField.SHELTER);
        if (name == null) {
            return;
        }
        ShelterView shelter = shelterNamed(name).orElseThrow();
        LocalDate from = row.date(ImportField.PLACED_FROM).or(() -> row.date(ImportField.SUPERVISED_FROM))
                .orElseGet(() -> LocalDate.now(clock));
        placements.place(PlacePerson.of(person, shelter.id(), from));
    }

    /** The office's open shelter of that name, case aside. */
    private Optional<ShelterView> shelterNamed(String name) {
        return shelters.list().stream().filter(s -> s.name().strip().equalsIgnoreCase(name.strip())).findFirst();
    }
}
