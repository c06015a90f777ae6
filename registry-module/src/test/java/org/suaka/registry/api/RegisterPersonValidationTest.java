package org.suaka.registry.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class RegisterPersonValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Set<String> invalidFields(RegisterPerson command) {
        return validator.validate(command).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsAPersonWithoutFamilyNameOrUnhcrNumber() {
        assertTrue(invalidFields(new RegisterPerson("Sakina", null, Sex.FEMALE, LocalDate.of(2015, 6, 1), "AFG",
                null, null, null)).isEmpty());
    }

    /** Dates are judged against the office's today by the registry itself (see DefaultPersonServiceTest). */
    @Test
    void namesEveryBadField() {
        RegisterPerson bad = new RegisterPerson(" ", "x".repeat(101), null, null, "af1",
                "12345", "386-24X00012", null);

        assertEquals(Set.of("givenName", "familyName", "sex", "dateOfBirth", "nationality", "unhcrNumber",
                "unhcrCaseNumber"), invalidFields(bad));
    }
}
