package org.suaka.web.ui;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;

import org.suaka.platform.api.Countries;

/** The countries a form's list offers, named in the interface language and sorted as that language sorts. */
final class CountryItems {

    private CountryItems() {
    }

    /**
     * @param locale the interface language
     * @return the ISO 3166 alpha-3 countries, labelled "name (code)"
     */
    static List<SelectItem> countries(Locale locale) {
        return new ArrayList<>(Countries.codes().stream()
                .map(code -> new SelectItem(code, Countries.name(code, locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel, Collator.getInstance(locale)))
                .toList());
    }

    /**
     * @param locale the interface language
     * @return the countries, then the travel documents' codes for stateless persons and refugees
     */
    static List<SelectItem> nationalities(Locale locale) {
        List<SelectItem> items = countries(locale);
        for (String stateless : List.of("XXA", "XXB", "XXC", "XXX")) {
            items.add(new SelectItem(stateless, Messages.text("nationality." + stateless) + " (" + stateless + ")"));
        }
        return items;
    }
}
