package org.suaka.reporting.internal.engine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.suaka.reporting.api.ReportFailedException;
import org.suaka.reporting.spi.ReportBundles;

/**
 * What the engine adds to every exported PDF, whatever its template: a QR code of the document's
 * verification URL in the top right corner of every page (in the margin, clear of any template's
 * content), "page X of Y" in the bottom margin, the classification (such as {@code TERBATAS}) centred in
 * the top and bottom margins when the report has one, and the removal of the fonts' optional {@code CIDSet} streams, which the PDF exporter writes
 * incomplete for subset fonts and which PDF/A-2 then forbids.
 */
final class PdfFinish {

    /** The side of the QR code on the page, in points (about 15 mm). */
    private static final float QR_SIDE = 42f;
    private static final float QR_INSET = 4f;
    /** The distance of the page number and the classification from the page's edges, in points. */
    private static final float MARGIN_TEXT_INSET = 22f;
    private static final float SIDE_INSET = 50f;
    private static final float PAGE_FONT_SIZE = 8f;
    private static final float CLASSIFICATION_FONT_SIZE = 10f;
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    /** The font files, read from the class path once; each document embeds the subset it uses. */
    private static final ConcurrentMap<String, byte[]> FONT_FILES = new ConcurrentHashMap<>();

    private PdfFinish() {
    }

    /**
     * @param pdf the exported PDF/A document
     * @param metadata the verification URL (the QR code's text), the language and the classification
     * @param template the template's name, for errors
     * @return the finished document
     */
    static byte[] apply(byte[] pdf, PdfMetadata metadata, String template) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject qr = LosslessFactory.createFromImage(document, qr(metadata.verificationUrl()));
            PDFont regular = font(document, "DejaVuSans.ttf");
            PDFont bold = metadata.classification() == null ? null : font(document, "DejaVuSans-Bold.ttf");
            String pageLabel = ReportBundles.load(PdfFinish.class, "org.suaka.reporting.internal.engine.standard",
                    metadata.locale()).getString("page");
            int pages = document.getNumberOfPages();
            int number = 0;
            for (PDPage page : document.getPages()) {
                number++;
                dropCidSets(page.getResources());
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.drawImage(qr, box.getUpperRightX() - QR_SIDE - QR_INSET,
                            box.getUpperRightY() - QR_SIDE - QR_INSET, QR_SIDE, QR_SIDE);
                    String pageText = MessageFormat.format(pageLabel, number, pages);
                    text(content, regular, PAGE_FONT_SIZE, pageText,
                            box.getUpperRightX() - SIDE_INSET - width(regular, PAGE_FONT_SIZE, pageText), MARGIN_TEXT_INSET);
                    if (bold != null) {
                        String mark = metadata.classification();
                        float x = (box.getWidth() - width(bold, CLASSIFICATION_FONT_SIZE, mark)) / 2;
                        text(content, bold, CLASSIFICATION_FONT_SIZE, mark, x, box.getUpperRightY() - MARGIN_TEXT_INSET);
                        text(content, bold, CLASSIFICATION_FONT_SIZE, mark, x, MARGIN_TEXT_INSET - CLASSIFICATION_FONT_SIZE);
                    }
                }
            }
            ByteArrayOutputStream finished = new ByteArrayOutputStream(pdf.length + 8 * 1024);
            document.save(finished);
            return finished.toByteArray();
        } catch (IOException | WriterException | RuntimeException e) {
            throw new ReportFailedException(template, "Report " + template + " could not be finished (QR code, PDF/A): "
                    + e.getMessage(), e);
        }
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(FONT_FILES.computeIfAbsent(file,
                PdfFinish::fontFile)), true);
    }

    private static byte[] fontFile(String file) {
        try (InputStream ttf = PdfFinish.class.getClassLoader().getResourceAsStream(FONTS + file)) {
            if (ttf == null) {
                throw new IllegalStateException("The font " + file + " is not on the class path");
            }
            return ttf.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static void text(PDPageContentStream content, PDFont font, float size, String text, float x, float y)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void dropCidSets(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font instanceof PDType0Font composite && composite.getDescendantFont() != null
                    && composite.getDescendantFont().getFontDescriptor() != null) {
                composite.getDescendantFont().getFontDescriptor().getCOSObject().removeItem(COSName.CID_SET);
            }
            if (font != null && font.getFontDescriptor() != null) {
                font.getFontDescriptor().getCOSObject().removeItem(COSName.CID_SET);
            }
        }
    }

    private static BufferedImage qr(String text) throws WriterException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        int scale = 4;
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
