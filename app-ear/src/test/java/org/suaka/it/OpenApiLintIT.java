package org.suaka.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deployed OpenAPI document passes Redocly's linter with its recommended rules: no error and no
 * warning. Needs Node.js with npx (CI installs it); the linter's version is pinned.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiLintIT extends SuakaDeployment {

    static final String REDOCLY = "@redocly/cli@2.77.0";

    @Test
    void theDocumentPassesTheLinterWithoutErrorsOrWarnings() throws IOException, InterruptedException {
        Path document = Path.of("target", "openapi.json").toAbsolutePath();
        Files.writeString(document, SuakaClient.anonymous().get("/openapi?format=JSON").body(), StandardCharsets.UTF_8);
        Path output = Path.of("target", "openapi-lint.txt").toAbsolutePath();

        Process lint = new ProcessBuilder("npx", "--yes", REDOCLY, "lint", document.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(lint.waitFor(5, TimeUnit.MINUTES), "the linter finished");
        String report = Files.readString(output, StandardCharsets.UTF_8);

        assertEquals(0, lint.exitValue(), report);
        assertTrue(report.contains("Your API description is valid"), report);
        assertTrue(!report.contains("You have"), "no warnings (\"You have N warnings\"): " + report);
    }
}
