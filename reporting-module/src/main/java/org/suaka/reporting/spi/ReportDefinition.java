package org.suaka.reporting.spi;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One kind of official report. Built-in reports are CDI beans implementing this interface; external
 * plugins do the same from their own jar. Ids must be unique across all installed definitions.
 */
public interface ReportDefinition {

    /** @return a stable id made of lower-case letters, digits and dashes, used in URLs, e.g. {@code monthly-statistics} */
    String id();

    /** @return the template's version, printed on each issued document, e.g. {@code 1.0} */
    String version();

    /**
     * @param locale the language wanted
     * @return the report's title in that language
     */
    String title(Locale locale);

    /** @return the parameters a caller must or may give */
    List<ReportParameter> parameters();

    /** @return the JRXML template */
    ReportTemplate template();

    /** @return where the report's rows and parameters come from */
    ReportDataset dataset();

    /**
     * @return the base name of the resource bundle the template reads its labels from with {@code $R{key}};
     *     the bundle's default file is Indonesian, with {@code _en} beside it
     */
    String resourceBundle();

    /**
     * @param locale the document's language
     * @return the labels the template reads with {@code $R{key}}; by default the bundle {@link #resourceBundle()}
     *     names, from this class's class loader
     */
    default ResourceBundle labels(Locale locale) {
        return ReportBundles.load(getClass(), resourceBundle(), locale);
    }

    /**
     * @param parameter one of {@link #parameters()}
     * @param locale the language of the form
     * @return the parameter's label on a form: the label {@code parameter.<name>} when the labels have one,
     *     else the parameter's name
     */
    default String parameterLabel(ReportParameter parameter, Locale locale) {
        ResourceBundle labels = labels(locale);
        String key = "parameter." + parameter.name();
        return labels.containsKey(key) ? labels.getString(key) : parameter.name();
    }

    /**
     * @return who signs the report: {@link Signatories#OFFICE} (the default), {@link Signatories#NATIONAL}, or
     *     the key of a configured signatory
     */
    default String signatory() {
        return Signatories.OFFICE;
    }

    /**
     * @return the security classification the engine prints at the top and bottom of every page, such as
     *     {@code TERBATAS}; empty for none (the default)
     */
    default Optional<String> classification() {
        return Optional.empty();
    }
}
