package org.suaka.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.suaka.platform.office.OfficeId;

/**
 * An office's id in an {@code OFFICE_ID} column. Every module lists it in its persistence unit.
 */
@Converter
// The interface again, with its types: EclipseLink reads them from the converter class itself.
public class OfficeIdConverter extends TypedIdConverter<OfficeId> implements AttributeConverter<OfficeId, String> {

    public OfficeIdConverter() {
        super(OfficeId::parse);
    }
}
