package org.suaka.reporting.internal.builtin;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A grouped bar chart drawn as a PNG for a report's image element: one group of bars per category (e.g. a
 * nationality), one bar per series (e.g. men and women), each bar labelled with its count. Drawn at three
 * times the size it is printed, so that it stays sharp on paper.
 */
final class GroupedBarChart {

    private static final int SCALE = 3;
    private static final Color[] SERIES_COLOURS = {new Color(0x0B4F8A), new Color(0xD9822B), new Color(0x4A8F3C)};
    private static final Color INK = new Color(0x1B1B1B);
    private static final Color GRID = new Color(0xD0D5DB);

    private GroupedBarChart() {
    }

    /**
     * One category of the chart.
     *
     * @param label the category's label, under its bars
     * @param values one value per series
     */
    record Group(String label, long[] values) {
    }

    /**
     * @param widthPt the printed width in points
     * @param heightPt the printed height in points
     * @param series the series' names, for the legend
     * @param groups the categories, left to right
     * @return the chart as PNG
     */
    static byte[] png(int widthPt, int heightPt, List<String> series, List<Group> groups) {
        int width = widthPt * SCALE;
        int height = heightPt * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7 * SCALE));
            draw(g, width, height, series, groups);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void draw(Graphics2D g, int width, int height, List<String> series, List<Group> groups) {
        FontMetrics metrics = g.getFontMetrics();
        int line = metrics.getHeight();
        int top = line * 2;
        int bottom = height - line * 2;
        int left = 4 * SCALE;
        legend(g, series, left, line);
        long max = groups.stream().flatMapToLong(group -> java.util.Arrays.stream(group.values())).max().orElse(0);
        g.setColor(GRID);
        g.setStroke(new BasicStroke(SCALE));
        g.drawLine(left, bottom, width - left, bottom);
        if (groups.isEmpty() || max == 0) {
            return;
        }
        int slot = (width - 2 * left) / groups.size();
        int bar = Math.max(SCALE, Math.min(slot * 3 / (4 * series.size()), 28 * SCALE));
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            int start = left + i * slot + (slot - bar * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                long value = group.values()[s];
                int barHeight = (int) ((bottom - top) * value / max);
                int x = start + s * bar;
                g.setColor(SERIES_COLOURS[s % SERIES_COLOURS.length]);
                g.fillRect(x, bottom - barHeight, bar - SCALE, barHeight);
                g.setColor(INK);
                String count = Long.toString(value);
                g.drawString(count, x + (bar - metrics.stringWidth(count)) / 2, bottom - barHeight - SCALE);
            }
            String label = fit(metrics, group.label(), slot - SCALE);
            g.drawString(label, left + i * slot + (slot - metrics.stringWidth(label)) / 2, bottom + line);
        }
    }

    private static void legend(Graphics2D g, List<String> series, int left, int line) {
        int x = left;
        for (int s = 0; s < series.size(); s++) {
            g.setColor(SERIES_COLOURS[s % SERIES_COLOURS.length]);
            g.fillRect(x, line / 3, line * 2 / 3, line * 2 / 3);
            g.setColor(INK);
            g.drawString(series.get(s), x + line, line);
            x += line * 2 + g.getFontMetrics().stringWidth(series.get(s));
        }
    }

    private static String fit(FontMetrics metrics, String text, int width) {
        String fitted = text;
        while (fitted.length() > 1 && metrics.stringWidth(fitted) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        return fitted;
    }
}
