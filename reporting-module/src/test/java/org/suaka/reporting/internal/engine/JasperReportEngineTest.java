package org.suaka.reporting.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.suaka.platform.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.spi.ReportTemplate;

class JasperReportEngineTest {

    private static final String GREETING = """
            <jasperReport name="greeting" language="java" pageWidth="595" pageHeight="842" columnWidth="555"
                          leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
              <style name="Base" default="true" fontName="DejaVu Sans" fontSize="10.0"/>
              <field name="name" class="java.lang.String"/>
              <detail>
                <band height="20">
                  <element kind="textField" x="0" y="0" width="555" height="20">
                    <expression><![CDATA["Selamat datang, " + $F{name}]]></expression>
                  </element>
                </band>
              </detail>
            </jasperReport>
            """;

    private static final PdfMetadata METADATA = new PdfMetadata("Uji", "Rudenim Kupang", "uji", "uji",
            "https://suaka.imigrasi.go.id/verify?code=AAAA-BBBB-CCCC-DDDD");

    private final JasperReportEngine engine = new JasperReportEngine();

    private static ReportTemplate template(String name, String jrxml, AtomicInteger opened) {
        return new ReportTemplate(name, () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8));
        });
    }

    private static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }

    @Test
    void compilesATemplateOnceAndReusesIt() throws IOException {
        AtomicInteger opened = new AtomicInteger();
        ReportTemplate greeting = template("greeting.jrxml", GREETING, opened);

        byte[] first = engine.renderPdf("greeting@1", greeting, Map.of(), List.of(Map.of("name", "Ina Bo'i")), METADATA);
        byte[] second = engine.renderPdf("greeting@1", greeting, Map.of(), List.of(Map.of("name", "Zahra Hosseini")),
                METADATA);

        assertEquals(1, opened.get());
        assertTrue(text(first).contains("Selamat datang, Ina Bo'i"));
        assertTrue(text(second).contains("Selamat datang, Zahra Hosseini"));
    }

    @Test
    void aBrokenTemplateIsRefusedByNameAndOthersKeepWorking() throws IOException {
        ReportTemplate broken = template("plugins/broken.jrxml",
                GREETING.replace("$F{name}", "$F{name}.noSuchMethod()"), new AtomicInteger());
        ReportTemplate malformed = template("plugins/malformed.jrxml", "<jasperReport name=\"x\"><detail>",
                new AtomicInteger());

        ReportFailedException compileError = assertThrows(ReportFailedException.class, () ->
                engine.renderPdf("broken@1", broken, Map.of(), List.of(Map.of("name", "x")), METADATA));
        ReportFailedException xmlError = assertThrows(ReportFailedException.class, () ->
                engine.renderPdf("malformed@1", malformed, Map.of(), List.of(), METADATA));

        assertEquals("plugins/broken.jrxml", compileError.template());
        assertTrue(compileError.getMessage().contains("plugins/broken.jrxml"), compileError.getMessage());
        assertTrue(compileError.getMessage().contains("noSuchMethod"), compileError.getMessage());
        String brokenSource = GREETING.replace("$F{name}", "$F{name}.noSuchMethod()");
        int expectedLine = brokenSource.substring(0, brokenSource.indexOf("$F{name}.noSuchMethod()")).split("\n", -1).length;
        assertEquals(expectedLine, ((TemplateCompileException) compileError).line(), "the line of the refused expression");
        assertTrue(xmlError.getMessage().contains("plugins/malformed.jrxml"), xmlError.getMessage());
        assertTrue(text(engine.renderPdf("greeting@1", template("greeting.jrxml", GREETING, new AtomicInteger()),
                Map.of(), List.of(Map.of("name", "Ma'mum")), METADATA)).contains("Ma'mum"));
    }

    @Test
    void keepsNamesWithScriptTagsAsText() throws IOException {
        String pdfText = text(engine.renderPdf("greeting@1", template("greeting.jrxml", GREETING, new AtomicInteger()),
                Map.of(), List.of(Map.of("name", "<script>alert(1)</script>")), METADATA));

        assertTrue(pdfText.contains("Selamat datang, <script>alert(1)</script>"), pdfText);
    }
}
