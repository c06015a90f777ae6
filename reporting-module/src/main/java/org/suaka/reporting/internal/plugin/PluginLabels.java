package org.suaka.reporting.internal.plugin;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A template-only plugin's labels in one language, read from its label files and descriptor, falling back
 * to Indonesian for a key the language lacks.
 */
final class PluginLabels extends ResourceBundle {

    private final Map<String, String> labels;

    /**
     * @param labels the labels in this language
     * @param indonesian the labels in Indonesian, the fallback; null when these are the Indonesian ones
     */
    PluginLabels(Map<String, String> labels, PluginLabels indonesian) {
        this.labels = Map.copyOf(labels);
        if (indonesian != null) {
            setParent(indonesian);
        }
    }

    @Override
    protected Object handleGetObject(String key) {
        return labels.get(key);
    }

    @Override
    public Enumeration<String> getKeys() {
        Map<String, String> all = new HashMap<>(labels);
        if (parent != null) {
            Collections.list(parent.getKeys()).forEach(k -> all.putIfAbsent(k, ""));
        }
        return Collections.enumeration(all.keySet());
    }
}
