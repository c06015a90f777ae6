package org.suaka.registry.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.suaka.registry.api.PersonId;

/**
 * One key of a person's names with the year of birth, the index row that duplicate candidates are found by
 * ({@code REG_NAME_KEY}, indexed on key and year). Kept in step with the person's names and birth date.
 */
@Entity
@Table(name = "REG_NAME_KEY")
public class NameKey {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    /** The person's id as text, so that person queries can join on it. */
    @Column(name = "PERSON_ID", nullable = false, length = 36)
    private String personId;

    @Column(name = "NAME_KEY", nullable = false, length = 40)
    private String nameKey;

    @Column(name = "BIRTH_YEAR", nullable = false)
    private int birthYear;

    protected NameKey() {
        // for JPA
    }

    /**
     * @param personId whose name
     * @param key the key of one word of it
     * @param birthYear the person's year of birth
     */
    public NameKey(PersonId personId, String key, int birthYear) {
        this.id = UUID.randomUUID().toString();
        this.personId = personId.toString();
        this.nameKey = key.length() > 40 ? key.substring(0, 40) : key;
        this.birthYear = birthYear;
    }
}
