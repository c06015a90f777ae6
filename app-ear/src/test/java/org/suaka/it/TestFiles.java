package org.suaka.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** File helpers of the integration tests. */
final class TestFiles {

    private TestFiles() {
    }

    /** @param directory a directory to remove with everything in it; nothing happens when it is missing */
    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example template-only plugin's files, in the source tree. */
    static final Path TEMPLATE_EXAMPLE = Path.of(System.getProperty("suaka.it.template.example",
            "../examples/report-template-example"));

    /** @return a PNG portrait of 90 × 120 pixels */
    static byte[] portraitPng() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(90, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(0x0b4f8a));
        g.fillRect(0, 0, 90, 120);
        g.setColor(java.awt.Color.WHITE);
        g.fillOval(25, 20, 40, 50);
        g.dispose();
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return a PDF of one empty page, as a scanner would send a scan */
    static byte[] onePagePdf() {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * @param files entry names and contents
     * @return a zip of them
     */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @param id the report id to give the example template-only plugin
     * @param jrxmlEdit a change to make to its template
     * @return the example as a zip under that id
     */
    static byte[] templateExample(String id, java.util.function.UnaryOperator<String> jrxmlEdit) {
        try {
            String descriptor = Files.readString(TEMPLATE_EXAMPLE.resolve("occupancy-summary.report.properties"))
                    .replace("id=occupancy-summary", "id=" + id);
            String jrxml = jrxmlEdit.apply(Files.readString(TEMPLATE_EXAMPLE.resolve("occupancy-summary.jrxml")));
            return zip(Map.of(id + ".report.properties", descriptor.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "occupancy-summary.jrxml", jrxml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
