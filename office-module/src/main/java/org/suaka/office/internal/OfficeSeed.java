package org.suaka.office.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.Config;
import org.suaka.office.api.SaveOffice;
import org.suaka.office.api.Signatory;
import org.suaka.platform.office.OfficeId;

/**
 * Seeds the two offices every installation has, once: the top office from the {@code suaka.national.*}
 * settings and the first Rudenim from the {@code suaka.office.*} settings, which described the one office
 * of an installation before offices were data. After the seed the offices are data: an administrator
 * changes them through the API, and the settings are read no more.
 */
@Startup
@Singleton
@DependsOn("OfficeSchemaMigration")
public class OfficeSeed {

    private static final Logger LOG = Logger.getLogger(OfficeSeed.class.getName());

    @PersistenceContext(unitName = "office")
    private EntityManager em;

    @Inject
    private Config config;

    @PostConstruct
    void seed() {
        if (em.find(Office.class, OfficeId.NATIONAL.toString()) == null) {
            em.persist(new Office(OfficeId.NATIONAL, facts("suaka.national", "suaka.national.document-number-pattern", null)));
            LOG.info("Seeded the top office from the suaka.national.* settings");
        }
        if (em.find(Office.class, OfficeId.FIRST.toString()) == null) {
            em.flush();
            em.persist(new Office(OfficeId.FIRST, facts("suaka.office", "suaka.report.document-number-pattern", OfficeId.NATIONAL)));
            LOG.info("Seeded the first office from the suaka.office.* settings");
        }
    }

    private SaveOffice facts(String prefix, String numberPatternKey, OfficeId parent) {
        List<String> letterhead = Arrays.stream(text(prefix + ".letterhead").split("\\|")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        return new SaveOffice(parent, text(prefix + ".code"), text(prefix + ".name"),
                config.getOptionalValue(prefix + ".address", String.class).orElse(null), text(prefix + ".city"),
                text(prefix + ".time-zone"), letterhead,
                new Signatory(text(prefix + ".signatory.title"), text(prefix + ".signatory.name"),
                        config.getOptionalValue(prefix + ".signatory.nip", String.class).orElse(null)),
                text(numberPatternKey), LocalDate.parse(text(prefix + ".established")), null);
    }

    private String text(String key) {
        return config.getValue(key, String.class);
    }
}
