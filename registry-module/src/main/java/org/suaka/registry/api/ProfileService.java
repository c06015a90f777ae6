package org.suaka.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A person's profile beyond their registration ({@link PersonProfile}) and their photo. Both are identity
 * data: partner staff see them only when their organisation is granted it.
 */
public interface ProfileService {

    /** The largest photo accepted, in bytes: 2 MB. */
    int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    /**
     * @param personId a person
     * @return their profile; {@link PersonProfile#empty()} when nothing was recorded
     * @throws PersonNotFoundException when no person the caller reads has that id
     */
    PersonProfile profileOf(@NotNull PersonId personId);

    /**
     * Records a person's profile as a whole; their other spellings are searched and checked for duplicates
     * from now on.
     *
     * @param personId a person of the caller's office
     * @param profile the profile
     * @return the profile as recorded
     * @throws PersonNotFoundException when the caller's office has no such person
     */
    PersonProfile recordProfile(@NotNull PersonId personId, @NotNull @Valid PersonProfile profile);

    /**
     * @param personId a person of the caller's office
     * @param content a JPEG or PNG of at most {@link #MAX_PHOTO_BYTES}, judged by its content
     * @throws org.suaka.platform.api.InvalidFieldException ({@code photo}) when the content is not accepted
     */
    void setPhoto(@NotNull PersonId personId, byte[] content);

    /**
     * @param personId a person
     * @return their photo
     * @throws org.suaka.platform.api.RecordNotFoundException when they have none
     */
    Photo photoOf(@NotNull PersonId personId);

    /**
     * @param personId a person
     * @return whether a photo of them is kept
     */
    boolean hasPhoto(@NotNull PersonId personId);
}
