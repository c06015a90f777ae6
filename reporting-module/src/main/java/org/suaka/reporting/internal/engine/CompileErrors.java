package org.suaka.reporting.internal.engine;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRExpression;
import net.sf.jasperreports.engine.JRExpressionCollector;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * Finds where in a JRXML the compiler's first error is: the compiler names the expression by its id in
 * the generated class ({@code $JR_EXPR_ID=19$}); the id leads to the expression's text, and the text to
 * its line.
 */
final class CompileErrors {

    private static final Pattern EXPRESSION_ID = Pattern.compile("\\$JR_EXPR_ID=(\\d+)\\$");
    private static final Pattern FIRST_ERROR = Pattern.compile("(?m)^1\\. (.*)$");

    private CompileErrors() {
    }

    /**
     * @param failure the compiler's exception
     * @return its first error, without the generated code
     */
    static String firstError(JRException failure) {
        Matcher first = FIRST_ERROR.matcher(String.valueOf(failure.getMessage()));
        return first.find() ? first.group(1).strip() : String.valueOf(failure.getMessage());
    }

    /**
     * @param failure the compiler's exception
     * @param jrxml the template it compiled
     * @return the line of the expression its first error is about, or 0 when it names none
     */
    static int line(JRException failure, byte[] jrxml) {
        Matcher id = EXPRESSION_ID.matcher(String.valueOf(failure.getMessage()));
        if (!id.find()) {
            return 0;
        }
        try {
            JasperDesign design = JRXmlLoader.load(new ByteArrayInputStream(jrxml));
            JRExpressionCollector collector = JRExpressionCollector.collector(DefaultJasperReportsContext.getInstance(),
                    design);
            collector.collect();
            int wanted = Integer.parseInt(id.group(1));
            for (JRExpression expression : collector.getExpressions()) {
                if (Integer.valueOf(wanted).equals(collector.getExpressionId(expression))) {
                    return lineOf(new String(jrxml, StandardCharsets.UTF_8), expression.getText());
                }
            }
        } catch (JRException | RuntimeException e) {
            // the line is a help, not a must: the message stands without it
        }
        return 0;
    }

    private static int lineOf(String jrxml, String expression) {
        int at = jrxml.indexOf(expression.strip());
        return at < 0 ? 0 : (int) jrxml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
