package org.suaka.office.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.suaka.platform.office.OfficeId;

/**
 * The directory of offices: Ditjen Imigrasi at the top and the Rudenims below it, each with the letterhead,
 * signatory and number pattern of its documents; and which office each user works for. Office names are
 * not personal data: every member of staff may read the directory. Only administrators change it; an
 * administrator of a Rudenim changes their own office only, an administrator of the top office any.
 */
public interface OfficeService {

    /** @return every office, the top office first, then by name */
    List<OfficeView> all();

    /**
     * @param id an office's id
     * @return the office, or empty
     */
    Optional<OfficeView> find(OfficeId id);

    /**
     * @param id an office's id
     * @return the office
     * @throws OfficeNotFoundException when there is none
     */
    default OfficeView get(OfficeId id) {
        return find(id).orElseThrow(() -> new OfficeNotFoundException(id));
    }

    /**
     * @return the office the signed-in user works for
     * @throws org.suaka.platform.office.NoOfficeException when they are assigned to none
     */
    OfficeView mine();

    /**
     * @param command the new office's facts; its parent must exist
     * @return the office created
     */
    OfficeView create(@NotNull @Valid SaveOffice command);

    /**
     * @param id the office to correct
     * @param command all its facts, with the version read
     * @return the office as corrected
     */
    OfficeView update(@NotNull OfficeId id, @NotNull @Valid SaveOffice command);

    /**
     * @param id an office
     * @return its logo as stored (PNG or JPEG), or empty when it has none
     */
    Optional<byte[]> logo(@NotNull OfficeId id);

    /**
     * Sets the logo printed at the head of the office's documents.
     *
     * @param id the office
     * @param image a PNG or JPEG of at most {@value #MAX_LOGO_BYTES} bytes, checked by its content
     * @throws org.suaka.platform.api.InvalidFieldException when the image is no PNG or JPEG, or too large
     */
    void setLogo(@NotNull OfficeId id, byte[] image);

    /** The largest logo accepted, in bytes. */
    int MAX_LOGO_BYTES = 256 * 1024;

    /**
     * @param office an office
     * @return the users assigned to it, by name
     */
    List<Membership> members(@NotNull OfficeId office);

    /**
     * Assigns a user to an office, moving them from the office they worked for before.
     *
     * @param office the office
     * @param userName the user's name in the user registry
     * @return the membership
     */
    Membership assign(@NotNull OfficeId office,
            @NotBlank @Pattern(regexp = Membership.USER_NAME, message = "must be a user name") String userName);
}
