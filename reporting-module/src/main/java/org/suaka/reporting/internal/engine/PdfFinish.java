package org.suaka.reporting.internal.engine;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

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

/**
 * What the engine adds to every exported PDF, whatever its template: a QR code of the document's
 * verification URL in the top right corner of every page (in the margin, clear of any template's
 * content), and the removal of the fonts' optional {@code CIDSet} streams, which the PDF exporter writes
 * incomplete for subset fonts and which PDF/A-2 then forbids.
 */
final class PdfFinish {

    /** The side of the QR code on the page, in points (about 15 mm). */
    private static final float QR_SIDE = 42f;
    private static final float QR_INSET = 4f;

    private PdfFinish() {
    }

    /**
     * @param pdf the exported PDF/A document
     * @param verificationUrl the text of the QR code
     * @param template the template's name, for errors
     * @return the finished document
     */
    static byte[] apply(byte[] pdf, String verificationUrl, String template) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDImageXObject qr = LosslessFactory.createFromImage(document, qr(verificationUrl));
            for (PDPage page : document.getPages()) {
                dropCidSets(page.getResources());
                PDRectangle box = page.getMediaBox();
                try (PDPageContentStream content = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.drawImage(qr, box.getUpperRightX() - QR_SIDE - QR_INSET,
                            box.getUpperRightY() - QR_SIDE - QR_INSET, QR_SIDE, QR_SIDE);
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
