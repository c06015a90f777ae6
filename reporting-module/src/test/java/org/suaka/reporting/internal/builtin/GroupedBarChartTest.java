package org.suaka.reporting.internal.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class GroupedBarChartTest {

    @Test
    void drawsAPngThreeTimesThePrintedSizeWithTheTallestBarReachingTheTop() throws IOException {
        byte[] png = GroupedBarChart.png(200, 100, List.of("Laki-laki", "Perempuan"),
                List.of(new GroupedBarChart.Group("Afganistan", new long[] {90, 62}),
                        new GroupedBarChart.Group("Pakistan", new long[] {11, 8})));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(600, image.getWidth());
        assertEquals(300, image.getHeight());
        int white = 0xFFFFFFFF;
        assertNotEquals(white, image.getRGB(image.getWidth() / 4, image.getHeight() / 2), "a bar in the first group");
    }

    @Test
    void anEmptyChartIsStillAnImage() throws IOException {
        byte[] png = GroupedBarChart.png(100, 50, List.of("Laki-laki", "Perempuan"), List.of());
        assertEquals(300, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }
}
