package org.suaka.reporting.internal.plugin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.suaka.reporting.api.PluginProblem;

/**
 * Hostile templates: each way a JRXML could read a file, open a connection or run code is refused, with
 * the line it is on; the example plugin's template passes.
 */
class TemplateSandboxTest {

    private static final Path EXAMPLE = Path.of("../examples/report-template-example/occupancy-summary.jrxml");
    private static final Set<String> OCCUPANCY = Set.of("shelter", "capacity", "occupants", "free");
    private static final String OFFICE_NAME = "$P{SUAKA_OFFICE_NAME}.toUpperCase($P{REPORT_LOCALE})";

    private static String example() throws IOException {
        return Files.readString(EXAMPLE);
    }

    private static PluginProblem refused(String jrxml) {
        return assertThrows(PluginProblem.class,
                () -> new TemplateSandbox("t.jrxml", OCCUPANCY).check(jrxml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theExampleTemplatePasses() throws IOException {
        assertDoesNotThrow(() -> new TemplateSandbox("t.jrxml", OCCUPANCY).check(Files.readAllBytes(EXAMPLE)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Runtime.getRuntime().exec(\"id\").toString()|'Runtime' is not allowed",
        "new java.io.File(\"/etc/passwd\").getName()|'new' is not allowed",
        "java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"))|'java' is not allowed",
        "\"a\\u0022 + System.getenv() + \\u0022b\"|'System' is not allowed",
        "$P{REPORT_CONNECTION}.toString()|REPORT_CONNECTION is not available",
        "$P{REPORT_PARAMETERS_MAP}.toString()|REPORT_PARAMETERS_MAP is not available",
        "$P{SUAKA_OFFICE_NAME}.getClass().getClassLoader().toString()|'getClass' is not allowed",
        "((java.lang.Object) $P{SUAKA_OFFICE_NAME}).toString()|'java' is not allowed",
        "$X{IN, a, b}|only $P{}",
        "$P{SUAKA_OFFICE_NAME} /* hidden */|comments are not allowed",
        "$P{SUAKA_OFFICE_NAME}; int x = 1|';' is not allowed",
        "String.class.getName()|'class' is not allowed"})
    void hostileExpressionsAreRefusedWithTheirLine(String expression, String reason) throws IOException {
        String jrxml = example().replace(OFFICE_NAME, expression);
        PluginProblem problem = refused(jrxml);
        assertTrue(problem.getMessage().contains(reason), problem.getMessage());
        assertEquals(lineOf(jrxml, expression), problem.line());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<element kind=\"line\"|<element kind=\"subreport\"|kind 'subreport' are not allowed",
        "<element kind=\"line\"|<element kind=\"component\"|kind 'component' are not allowed",
        "whenNoDataType=\"AllSectionsNoDetail\"|whenNoDataType=\"AllSectionsNoDetail\" scriptletClass=\"x.Y\"|scriptletClass is not allowed",
        "language=\"java\"|language=\"groovy\"|language must be java",
        "<field name=\"shelter\" class=\"java.lang.String\"/>|<field name=\"shelter\" class=\"java.lang.ProcessBuilder\"/>|java.lang.ProcessBuilder",
        "<field name=\"shelter\" class=\"java.lang.String\"/>|<field name=\"password\" class=\"java.lang.String\"/>|not one of the dataset's fields",
        "<style name=\"Base\"|<property name=\"net.sf.jasperreports.data.adapter\" value=\"x.xml\"/><style name=\"Base\"|property net.sf.jasperreports.data.adapter",
        "<style name=\"Base\"|<import>java.io.File</import><style name=\"Base\"|<import> is not allowed",
        "<style name=\"Base\"|<query language=\"sql\"><![CDATA[select 1]]></query><style name=\"Base\"|<query> is not allowed",
        "$P{SUAKA_LOGO}]]></expression>|\"/etc/hostname\"]]></expression>|an image may only show a parameter"})
    void hostileElementsAreRefused(String from, String to, String reason) throws IOException {
        PluginProblem problem = refused(example().replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
        assertTrue(problem.getMessage().contains(reason), problem.getMessage());
        assertTrue(problem.line() > 0, "no line for " + reason);
    }

    @Test
    void externalEntitiesAreNeverRead() throws IOException {
        String jrxml = example().replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>");
        PluginProblem problem = refused(jrxml);
        assertTrue(problem.getMessage().contains("DOCTYPE"), problem.getMessage());
    }

    @Test
    void malformedXmlNamesItsLine() {
        PluginProblem problem = refused("<jasperReport>\n<title>\n</jasperReport>");
        assertEquals(3, problem.line());
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError(fragment);
    }
}
