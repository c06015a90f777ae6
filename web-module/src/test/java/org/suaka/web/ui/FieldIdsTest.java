package org.suaka.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldIdsTest {

    @Test
    void aViolationOfAServiceCallIsShownBesideItsInput() {
        assertEquals("givenName", FieldIds.of("register.command.givenName"));
        assertEquals("contacts:1:email", FieldIds.of("updateOrganisation.command.contacts[1].email"));
        assertEquals("capacity", FieldIds.of("capacity"));
    }
}
