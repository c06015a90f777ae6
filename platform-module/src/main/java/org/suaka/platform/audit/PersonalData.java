package org.suaka.platform.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an api record as personal data. The audit trail never keeps such a value in
 * clear: it keeps a short fingerprint (the first 12 hex digits of SHA-256 over the record id and the
 * value), which shows that a value changed, and lets an investigator confirm a value they already
 * have, without making the trail a second copy of the personal data that retention would miss.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface PersonalData {
}
