package org.suaka.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every label of the staff interface exists in Indonesian and in English, and every page names only labels that exist. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/suaka/web/ui");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");

    private static Set<String> keys(String file) {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve(file))) {
            bundle.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(bundle.stringPropertyNames());
    }

    @Test
    void indonesianAndEnglishHaveTheSameLabels() {
        Set<String> indonesian = keys("messages.properties");
        Set<String> english = keys("messages_en.properties");
        Set<String> onlyIndonesian = new TreeSet<>(indonesian);
        onlyIndonesian.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(indonesian);
        assertEquals(Set.of(), onlyIndonesian, "labels without an English text");
        assertEquals(Set.of(), onlyEnglish, "labels without an Indonesian text");
    }

    @Test
    void everyLabelAPageNamesExists() throws IOException {
        Set<String> known = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(page));
                while (key.find()) {
                    if (!known.contains(key.group(1))) {
                        missing.add(page.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
