package org.suaka.reporting.internal.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.suaka.platform.access.RequiresRole;
import org.suaka.platform.access.Roles;
import org.suaka.platform.api.InvalidFieldException;
import org.suaka.platform.api.RecordNotFoundException;
import org.suaka.platform.audit.Audited;
import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.api.PluginStatus;
import org.suaka.reporting.api.ReportPluginService;

/**
 * Installs and removes report plugins for administrators. An uploaded file is checked completely in a
 * staging directory first, and moved into the plugins directory in one step only when it passed: a
 * refused upload leaves nothing behind.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.SUPERVISOR, Roles.OFFICER, Roles.VIEWER, Roles.PARTNER})
@Audited
@RequiresRole(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DefaultReportPluginService implements ReportPluginService {

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,100}\\.(jar|zip)");
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    @Inject
    PluginDirectory directory;

    @Override
    public List<PluginStatus> plugins() {
        directory.rescan();
        return directory.statuses();
    }

    @Audited(write = true)
    @Override
    public PluginStatus install(String fileName, byte[] content) {
        if (fileName == null || !FILE_NAME.matcher(fileName).matches()) {
            throw new InvalidFieldException("file", "Name the file like occupancy-summary.zip or my-reports.jar:"
                    + " letters, digits, dots, dashes, ending in .zip or .jar");
        }
        if (content == null || content.length > MAX_PLUGIN_BYTES) {
            throw new InvalidFieldException("file", "A plugin file may have at most 10 MB");
        }
        if (content.length < ZIP_MAGIC.length || !Arrays.equals(Arrays.copyOf(content, ZIP_MAGIC.length), ZIP_MAGIC)) {
            throw new InvalidFieldException("file", "The file is not a zip or a jar, whatever its name");
        }
        Path staging = null;
        try {
            staging = Files.createTempDirectory("suaka-plugin-upload-");
            Files.write(staging.resolve(fileName), content);
            Optional<PluginProblem> problem = directory.trial(staging, fileName);
            if (problem.isPresent()) {
                PluginProblem p = problem.get();
                throw new InvalidFieldException("file", "The plugin was refused and nothing was installed: " + p.file()
                        + (p.line() > 0 ? " line " + p.line() : "") + ": " + p.getMessage());
            }
            Path target = directory.directory();
            Path partial = target.resolve("." + fileName + ".part");
            Files.copy(staging.resolve(fileName), partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, target.resolve(fileName), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The plugin could not be written to the plugins directory", e);
        } finally {
            delete(staging);
        }
        directory.rescan();
        return directory.status(fileName).orElseThrow();
    }

    @Audited(write = true)
    @Override
    public void remove(String fileName) {
        directory.rescan();
        if (fileName == null || !directory.contains(fileName)) {
            throw new RecordNotFoundException("report plugin", String.valueOf(fileName));
        }
        try {
            Files.deleteIfExists(directory.directory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("The plugin could not be removed from the plugins directory", e);
        }
        directory.rescan();
    }

    private static void delete(Path staging) {
        if (staging == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(staging)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is cleaned by the system
        }
    }
}
