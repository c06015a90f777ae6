package org.suaka.reporting.internal.plugin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.suaka.reporting.api.PluginProblem;
import org.suaka.reporting.spi.ReportParameter;
import org.suaka.reporting.spi.ReportParameter.ParameterType;
import org.suaka.reporting.spi.Signatories;

/**
 * The descriptor of a template-only plugin, a {@code <name>.report.properties} file in UTF-8:
 *
 * <pre>
 * id=occupancy-summary
 * version=1.0
 * title.id=Ringkasan Hunian
 * title.en=Occupancy summary
 * dataset=occupancy
 * template=occupancy-summary.jrxml
 * labels=occupancy-summary          (optional: occupancy-summary.properties, occupancy-summary_en.properties)
 * parameters=date                   (optional, comma-separated)
 * parameter.date.type=DATE          (YEAR_MONTH, DATE, RECORD_ID or TEXT)
 * parameter.date.required=true
 * parameter.date.label.id=Tanggal
 * parameter.date.label.en=Date
 * signatory=office                  (optional: office, national, or a configured signatory's key)
 * classification=TERBATAS           (optional: printed at the top and bottom of every page)
 * </pre>
 *
 * @param id the report's id
 * @param version the declared version
 * @param titles the title by language ({@code id}, {@code en})
 * @param dataset the name of the dataset it reads
 * @param template the JRXML's file name, beside the descriptor
 * @param labels the label bundle's base file name beside the descriptor, or null
 * @param parameters the parameters it takes
 * @param parameterLabels the parameters' labels by language, then by name
 * @param signatory who signs it
 * @param classification its classification, or null
 */
record TemplateDescriptor(String id, String version, Map<String, String> titles, String dataset, String template,
        String labels, List<ReportParameter> parameters, Map<String, Map<String, String>> parameterLabels,
        String signatory, String classification) {

    /** How a descriptor's file name ends. */
    static final String SUFFIX = ".report.properties";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z.-]{1,20}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.-]{1,100}");
    private static final List<String> LANGUAGES = List.of("id", "en");

    /**
     * @param file the descriptor's name, for messages
     * @param content its bytes
     * @return the descriptor
     * @throws PluginProblem when a field is missing or malformed
     */
    static TemplateDescriptor parse(String file, byte[] content) throws PluginProblem {
        String text = new String(content, StandardCharsets.UTF_8);
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new PluginProblem(file, 0, "The descriptor cannot be read: " + e.getMessage());
        }
        Fields fields = new Fields(file, text, p);
        String id = fields.required("id", ID, "lower-case words joined by dashes, e.g. occupancy-summary");
        String version = fields.required("version", VERSION, "e.g. 1.0");
        Map<String, String> titles = new HashMap<>();
        for (String language : LANGUAGES) {
            titles.put(language, fields.required("title." + language, Pattern.compile(".{1,200}"), "1 to 200 characters"));
        }
        String dataset = fields.required("dataset", ID, "a dataset's name, as GET /api/v1/reports/datasets lists them");
        String template = fields.required("template", FILE, "a .jrxml file name beside the descriptor");
        String labels = fields.optional("labels", FILE, "a file name without .properties");
        List<ReportParameter> parameters = new ArrayList<>();
        Map<String, Map<String, String>> parameterLabels = new HashMap<>();
        String names = p.getProperty("parameters", "").strip();
        for (String name : names.isEmpty() ? new String[0] : names.split("\\s*,\\s*")) {
            if (!name.matches("[a-zA-Z][a-zA-Z0-9]{0,30}")) {
                throw fields.problem("parameters", "parameter names are letters and digits, e.g. month");
            }
            String typeKey = "parameter." + name + ".type";
            ParameterType type;
            try {
                type = ParameterType.valueOf(fields.required(typeKey, Pattern.compile("[A-Z_]+"),
                        "YEAR_MONTH, DATE, RECORD_ID or TEXT").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw fields.problem(typeKey, "the type must be YEAR_MONTH, DATE, RECORD_ID or TEXT");
            }
            boolean required = Boolean.parseBoolean(p.getProperty("parameter." + name + ".required", "true").strip());
            parameters.add(new ReportParameter(name, type, required));
            for (String language : LANGUAGES) {
                parameterLabels.computeIfAbsent(language, l -> new HashMap<>()).put(name,
                        p.getProperty("parameter." + name + ".label." + language, name).strip());
            }
        }
        String signatory = fields.optional("signatory", ID, "office, national or a configured signatory's key");
        String classification = fields.optional("classification", Pattern.compile("[\\p{Lu} ]{1,40}"),
                "capital letters, e.g. TERBATAS");
        return new TemplateDescriptor(id, version, titles, dataset, template, labels, parameters, parameterLabels,
                signatory == null ? Signatories.OFFICE : signatory, classification);
    }

    /** A descriptor's fields, with the line each is on for messages. */
    private record Fields(String file, String text, Properties properties) {

        String required(String key, Pattern shape, String expected) throws PluginProblem {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                throw new PluginProblem(file, 0, "The descriptor has no '" + key + "' (" + expected + ")");
            }
            return checked(key, value.strip(), shape, expected);
        }

        String optional(String key, Pattern shape, String expected) throws PluginProblem {
            String value = properties.getProperty(key);
            return value == null || value.isBlank() ? null : checked(key, value.strip(), shape, expected);
        }

        private String checked(String key, String value, Pattern shape, String expected) throws PluginProblem {
            if (!shape.matcher(value).matches()) {
                throw problem(key, "'" + key + "' is malformed: expected " + expected);
            }
            return value;
        }

        PluginProblem problem(String key, String message) {
            String[] lines = text.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
                    return new PluginProblem(file, i + 1, message);
                }
            }
            return new PluginProblem(file, 0, message);
        }
    }
}
