package org.suaka.web.ui;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.suaka.operations.api.Backup;
import org.suaka.operations.api.BackupService;

/**
 * The backups section of the administration page: the backups in the backup directory, newest first,
 * and a button that takes one now. On a server database the service refuses, and the page says why.
 */
@Named("backupView")
@ViewScoped
public class BackupView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "backups";

    @Inject
    transient BackupService backups;

    @Inject
    transient Clock clock;

    private List<Backup> listed;

    /** @return the backups, newest first */
    public List<Backup> getBackups() {
        if (listed == null) {
            listed = backups.list();
        }
        return listed;
    }

    /** Takes a backup now and lists it. */
    public void take() {
        FormFailures.submit(FORM, () -> {
            Backup backup = backups.take();
            listed = null;
            Messages.info(Messages.text("backup.taken", backup.name()));
            return null;
        });
    }

    /**
     * @param backup a backup
     * @return when it was taken, in office time
     */
    public String when(Backup backup) {
        return OfficeTimes.of(backup.takenAt(), clock);
    }

    /**
     * @param backup a backup
     * @return its size in megabytes, one decimal
     */
    public String megabytes(Backup backup) {
        return String.format(java.util.Locale.ROOT, "%.1f", backup.bytes() / (1024.0 * 1024.0));
    }
}
