package org.suaka.registry.internal.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.suaka.registry.api.PersonId;
import org.suaka.registry.api.Photo;

/** A person's photo ({@code REG_PHOTO}), one per person, read only when asked for. */
@Entity
@Table(name = "REG_PHOTO")
public class PersonPhoto {

    @Id
    @Column(name = "PERSON_ID", length = 36)
    private String personId;

    @Column(name = "MEDIA_TYPE", nullable = false, length = 30)
    private String mediaType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected PersonPhoto() {
        // for JPA
    }

    /**
     * @param personId whose photo
     * @param mediaType its media type, found from its content
     * @param content the photo
     */
    public PersonPhoto(PersonId personId, String mediaType, byte[] content) {
        this.personId = personId.toString();
        replace(mediaType, content);
    }

    /**
     * @param mediaType the new photo's media type
     * @param content the new photo
     */
    public void replace(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    /** @return the photo as the API gives it */
    public Photo toPhoto() {
        return new Photo(content.clone(), mediaType);
    }
}
