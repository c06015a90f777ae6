package org.suaka.office.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.suaka.office.api.SaveOffice;
import org.suaka.platform.office.OfficeId;

/**
 * The office service's constraints, as the container checks them before a call reaches the service.
 */
class OfficeValidationTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void anEmptyOfficeIsRefusedFieldByField() throws Exception {
        Method create = DefaultOfficeService.class.getMethod("create", SaveOffice.class);
        SaveOffice empty = new SaveOffice(null, null, null, null, null, null, null, null, null, null, null);

        Set<ConstraintViolation<DefaultOfficeService>> violations = VALIDATOR.forExecutables()
                .validateParameters(new DefaultOfficeService(), create, new Object[] {empty});

        Set<String> fields = violations.stream().map(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                .collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("code", "name", "city", "timeZone", "letterhead", "signatory",
                "documentNumberPattern", "established")), fields.toString());
    }

    @Test
    void aCodeInSmallLettersAndAPatternWithoutASequenceAreRefused() throws Exception {
        SaveOffice office = OfficeTest.jakarta(null);
        SaveOffice wrong = new SaveOffice(OfficeId.NATIONAL, "jkt", office.name(), office.address(), office.city(),
                office.timeZone(), office.letterhead(), office.signatory(), "W9.RDN.JKT/{year}", office.established(),
                null);

        assertEquals(Set.of("code", "documentNumberPattern"), VALIDATOR.validate(wrong).stream()
                .map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet()));
        assertTrue(VALIDATOR.validate(office).isEmpty());
    }

    @Test
    void aUserNameWithSpacesIsRefused() throws Exception {
        Method assign = DefaultOfficeService.class.getMethod("assign", OfficeId.class, String.class);

        assertEquals(1, VALIDATOR.forExecutables().validateParameters(new DefaultOfficeService(), assign,
                new Object[] {OfficeId.FIRST, "bad name?"}).size());
    }
}
