package org.suaka.account.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One user's settings.
 */
@Entity
@Table(name = "ACC_USER_PREFERENCE")
public class UserPreference {

    @Id
    @Column(name = "USER_NAME", length = 100)
    private String userName;

    @Column(name = "LANGUAGE", nullable = false, length = 10)
    private String language;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected UserPreference() {
        // for JPA
    }

    UserPreference(String userName, String language) {
        this.userName = userName;
        this.language = language;
    }

    String language() {
        return language;
    }

    void language(String language) {
        this.language = language;
    }
}
