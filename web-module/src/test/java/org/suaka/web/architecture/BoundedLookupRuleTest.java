package org.suaka.web.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No page, API or report looks up a list of persons whose length nobody bounds in one call: outside the
 * registry, {@code findAll(ids)} is given the rows of one page (the page's rows, a chunk, the persons of an
 * incident, at most 50); any other list goes through {@code findEach}, which asks in slices of one page.
 */
class BoundedLookupRuleTest {

    private static final Pattern FIND_ALL = Pattern.compile("\\.findAll\\(\\s*([^)]*)");
    /** The beginnings of the arguments that are one page (the pattern stops at the first parenthesis). */
    private static final List<String> ONE_PAGE = List.of("rows.", "page.items(", "chunk", "incident.personIds(",
            "command.personIds(");

    @Test
    void everyLookupOfPersonsOutsideTheRegistryIsGivenOnePage() throws IOException {
        List<String> unbounded = new ArrayList<>();
        int calls = 0;
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher call = FIND_ALL.matcher(lines.get(i));
                while (call.find()) {
                    calls++;
                    if (!onePage(call.group(1))) {
                        unbounded.add(source.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(calls > 5, "the rule found the lookups it checks: " + calls);
        assertEquals(List.of(), unbounded);
    }

    @Test
    void theRuleCatchesTheLookupOfEveryOccupant() {
        Matcher call = FIND_ALL.matcher("persons.findAll(open.stream().map(PlacementView::personId).toList());");
        assertTrue(call.find());
        assertFalse(onePage(call.group(1)));
    }

    private static boolean onePage(String argument) {
        return ONE_PAGE.stream().anyMatch(argument.strip()::startsWith);
    }

    /** The main sources of every module but the registry, which implements the lookup. */
    private static List<Path> sources() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .filter(m -> !m.getFileName().toString().equals("registry-module")).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(found::add);
                }
            }
        }
        return found;
    }
}
