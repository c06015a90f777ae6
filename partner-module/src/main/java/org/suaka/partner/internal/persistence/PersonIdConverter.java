package org.suaka.partner.internal.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.suaka.platform.persistence.TypedIdConverter;
import org.suaka.registry.api.PersonId;

/**
 * A person's id in a column of the partner module's tables.
 */
@Converter
// The interface again, with its types: EclipseLink reads them from the converter class itself.
public class PersonIdConverter extends TypedIdConverter<PersonId> implements AttributeConverter<PersonId, String> {

    public PersonIdConverter() {
        super(PersonId::parse);
    }
}
