package org.suaka.office.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * An office's logo, in its own column of {@code ORG_OFFICE}, mapped apart from the office so that reading
 * an office (every page's top bar, every document) never loads the image.
 */
@Entity
@Table(name = "ORG_OFFICE")
public class OfficeLogo {

    @Id
    @Column(name = "ID", length = 36)
    private String officeId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "LOGO")
    private byte[] image;

    protected OfficeLogo() {
        // for JPA
    }

    /** @return the image, or null when the office has none */
    byte[] image() {
        return image == null ? null : image.clone();
    }

    /** @param image the new image, already checked */
    void image(byte[] image) {
        this.image = image.clone();
    }
}
