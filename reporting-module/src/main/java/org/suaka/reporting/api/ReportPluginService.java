package org.suaka.reporting.api;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The report plugins of the installation: the files in its plugins directory, which may also be changed
 * directly on the server; changes take effect within seconds, without a restart.
 */
public interface ReportPluginService {

    /** The largest plugin file accepted, in bytes. */
    int MAX_PLUGIN_BYTES = 10 * 1024 * 1024;

    /** @return every plugin file, installed or broken, by file name */
    List<PluginStatus> plugins();

    /**
     * Checks a plugin completely (descriptor, dataset, template sandbox, compilation, unique ids) and only
     * then puts it into the plugins directory, replacing a file of the same name.
     *
     * @param fileName the file's name: a {@code .jar} or a {@code .zip}
     * @param content the file
     * @return the plugin, installed
     * @throws org.suaka.platform.api.InvalidFieldException when the file is refused; nothing is installed then
     */
    PluginStatus install(@NotNull String fileName, @NotNull byte[] content);

    /**
     * @param fileName a plugin file's name
     * @throws org.suaka.platform.api.RecordNotFoundException when there is no such plugin
     */
    void remove(@NotNull String fileName);
}
