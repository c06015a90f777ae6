package org.suaka.web.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.suaka.platform.api.SuakaException;
import org.suaka.reporting.api.PluginStatus;
import org.suaka.reporting.api.ReportPluginService;

/**
 * The report plugins on the admin page: which are installed and which are broken, with the file, line and
 * message of the fault; uploading a plugin and removing one.
 */
@Named("pluginAdmin")
@ViewScoped
public class PluginAdminView implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "plugins";

    @Inject
    transient ReportPluginService plugins;

    private transient Part file;
    private List<PluginStatus> listed;

    /** @return every plugin file, installed or broken */
    public List<PluginStatus> getPlugins() {
        if (listed == null) {
            listed = plugins.plugins();
        }
        return listed;
    }

    /** @return the plugin files that are broken, for the notice administrators see on the Reports page */
    public List<PluginStatus> getBroken() {
        return getPlugins().stream().filter(p -> PluginStatus.BROKEN.equals(p.state())).toList();
    }

    /**
     * @param plugin a plugin file
     * @return where and what its fault is, or the reports it provides
     */
    public String describe(PluginStatus plugin) {
        if (PluginStatus.BROKEN.equals(plugin.state())) {
            return plugin.problemFile() + (plugin.line() > 0 ? ", " + Messages.text("plugins.line", plugin.line()) : "")
                    + ": " + plugin.problem();
        }
        return String.join(", ", plugin.reports());
    }

    /** Installs the uploaded file; a refused one is explained and leaves nothing installed. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error(FORM + ":file", Messages.text("plugins.noFile"));
            return;
        }
        if (file.getSize() > ReportPluginService.MAX_PLUGIN_BYTES) {
            Messages.error(FORM + ":file", Messages.text("plugins.tooLarge"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            PluginStatus installed = plugins.install(file.getSubmittedFileName(), in.readAllBytes());
            Messages.info(Messages.text("plugins.installed", installed.file()));
        } catch (SuakaException e) {
            FormFailures.show(FORM, e);
        } catch (IOException e) {
            Messages.error(FORM + ":file", Messages.text("plugins.noFile"));
        }
        listed = null;
    }

    /**
     * @param plugin the plugin file to remove
     */
    public void remove(PluginStatus plugin) {
        try {
            plugins.remove(plugin.file());
            Messages.info(Messages.text("plugins.removed", plugin.file()));
        } catch (SuakaException e) {
            FormFailures.show(FORM, e);
        }
        listed = null;
    }

    /** @return the file chosen for upload */
    public Part getFile() {
        return file;
    }

    /** @param file the file chosen for upload */
    public void setFile(Part file) {
        this.file = file;
    }
}
