package org.suaka.reporting.internal.plugin;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.suaka.reporting.api.PluginProblem;

/**
 * Checks a plugin's JRXML before it is compiled, so that a template cannot read files, open connections
 * or run Java code of its own. It reads the XML with no DTD and no external entities, and refuses:
 * scriptlets, imports, queries, sub-datasets, subreports, components, charts and crosstabs (the element
 * kinds that run datasets or code of their own), style templates, font files, a language other than Java,
 * properties outside the designer's own, value classes outside a list of value types, an image whose
 * expression is not a parameter (an image path or URL would be read by the engine), fields the dataset
 * does not provide, and any expression {@link ExpressionRules} refuses. Each refusal names its line.
 */
final class TemplateSandbox {

    private static final Set<String> ELEMENT_KINDS = Set.of("staticText", "textField", "image", "line", "rectangle",
            "ellipse", "frame", "break");
    private static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptlet", "import", "query", "queryString",
            "dataset", "subDataset", "datasetRun", "template", "connectionExpression", "dataSourceExpression",
            "subreport", "component", "scriptletClass");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("scriptletClass", "resourceBundle",
            "formatFactoryClass", "pdfFontName", "pdfEncoding", "imports");
    private static final Set<String> VALUE_CLASSES = Set.of("java.lang.String", "java.lang.Integer", "java.lang.Long",
            "java.lang.Double", "java.lang.Float", "java.lang.Short", "java.lang.Boolean", "java.lang.Number",
            "java.lang.Object", "java.math.BigDecimal", "java.math.BigInteger", "java.time.LocalDate",
            "java.util.Date", "java.io.InputStream");

    private final String file;
    private final Set<String> datasetFields;

    /**
     * @param file the template's name, for messages
     * @param datasetFields the fields its dataset provides; null when the dataset does not say (a jar's own)
     */
    TemplateSandbox(String file, Set<String> datasetFields) {
        this.file = file;
        this.datasetFields = datasetFields;
    }

    /**
     * @param jrxml the template
     * @throws PluginProblem at the first thing refused
     */
    void check(byte[] jrxml) throws PluginProblem {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<String> kinds = new ArrayDeque<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(jrxml));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(xml, "a DOCTYPE is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    startElement(xml, kinds);
                } else if (event == XMLStreamConstants.END_ELEMENT && "element".equals(xml.getLocalName())) {
                    kinds.pop();
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new PluginProblem(file, line, "The template is not well-formed XML: " + e.getMessage());
        } finally {
            close(xml);
        }
    }

    private void startElement(XMLStreamReader xml, Deque<String> kinds) throws XMLStreamException, PluginProblem {
        String name = xml.getLocalName();
        if (FORBIDDEN_ELEMENTS.contains(name)) {
            throw refused(xml, "<" + name + "> is not allowed in a plugin template");
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            checkAttribute(xml, name, xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        switch (name) {
            case "element" -> {
                String kind = xml.getAttributeValue(null, "kind");
                if (!ELEMENT_KINDS.contains(kind)) {
                    throw refused(xml, "elements of kind '" + kind + "' are not allowed; allowed are " + ELEMENT_KINDS);
                }
                kinds.push(kind);
            }
            case "property" -> {
                String property = String.valueOf(xml.getAttributeValue(null, "name"));
                if (!property.startsWith("com.jaspersoft.studio.")) {
                    throw refused(xml, "the property " + property + " is not allowed in a plugin template");
                }
            }
            case "field" -> {
                String field = xml.getAttributeValue(null, "name");
                if (datasetFields != null && !datasetFields.contains(field)) {
                    throw refused(xml, "the field " + field + " is not one of the dataset's fields " + datasetFields);
                }
            }
            default -> {
                if ("expression".equals(name) || name.endsWith("Expression")) {
                    checkExpression(xml, "expression".equals(name) && "image".equals(kinds.peek()));
                }
            }
        }
    }

    private void checkAttribute(XMLStreamReader xml, String element, String attribute, String value)
            throws PluginProblem {
        if (FORBIDDEN_ATTRIBUTES.contains(attribute)) {
            throw refused(xml, "the attribute " + attribute + " is not allowed in a plugin template");
        }
        if ("language".equals(attribute) && !"java".equals(value)) {
            throw refused(xml, "the expression language must be java");
        }
        if (("class".equals(attribute) || attribute.endsWith("Class")) && !VALUE_CLASSES.contains(value)) {
            throw refused(xml, "the class " + value + " of <" + element + "> is not allowed; allowed are "
                    + new java.util.TreeSet<>(VALUE_CLASSES));
        }
    }

    private void checkExpression(XMLStreamReader xml, boolean image) throws XMLStreamException, PluginProblem {
        int line = xml.getLocation().getLineNumber();
        String expression = xml.getElementText();
        if (image && !ExpressionRules.isParameterOnly(expression)) {
            throw new PluginProblem(file, line, "an image may only show a parameter, such as $P{SUAKA_LOGO}: "
                    + "the engine would read a path or an address");
        }
        Optional<String> refusal = ExpressionRules.check(expression);
        if (refusal.isPresent()) {
            throw new PluginProblem(file, line, "Expression refused (" + refusal.get() + "): " + expression.strip());
        }
    }

    private PluginProblem refused(XMLStreamReader xml, String message) {
        return new PluginProblem(file, xml.getLocation().getLineNumber(), message);
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was left open that matters
            }
        }
    }
}
