package org.suaka.registry.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.suaka.platform.access.AccessScope;
import org.suaka.platform.api.PageRequest;
import org.suaka.platform.audit.AuditedChanges;
import org.suaka.platform.office.OfficeId;
import org.suaka.platform.testing.InMemoryPersistence;
import org.suaka.platform.testing.OfficeClocks;
import org.suaka.platform.testing.RecordedEvents;
import org.suaka.registry.api.ImportDecision;
import org.suaka.registry.api.ImportField;
import org.suaka.registry.api.ImportOutcome;
import org.suaka.registry.api.ImportResult;
import org.suaka.registry.api.ImportRow;
import org.suaka.registry.api.ImportVerdict;
import org.suaka.registry.api.PersonSearch;
import org.suaka.registry.api.PersonService;
import org.suaka.registry.api.RegisterPerson;
import org.suaka.registry.api.Sex;
import org.suaka.registry.internal.persistence.FigureLedger;
import org.suaka.registry.internal.persistence.PersonRepository;
import org.suaka.registry.internal.persistence.RegistrySchemaMigration;
import org.suaka.registry.testing.TwoOffices;

/**
 * Imports on the real registry schema and the real person service: rows read in the shapes offices write,
 * matched with the registry's duplicate detection, bad rows refused with their fields named, and a second
 * import of the same file creating nobody.
 */
class DefaultImportServiceTest {

    private static final Clock CLOCK = OfficeClocks.kupangAt("2024-09-11T09:00");

    private final InMemoryPersistence db = new InMemoryPersistence("registry", RegistrySchemaMigration.CHANGELOG);
    /** The person service as the container gives it: each call a transaction of its own. */
    private final PersonService persons = (PersonService) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {PersonService.class}, (proxy, method, args) -> db.inTransaction(em -> {
                try {
                    return method.invoke(persons(em), args);
                } catch (InvocationTargetException e) {
                    throw (RuntimeException) e.getCause();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }));
    private final DefaultImportService imports = new DefaultImportService(persons,
            Validation.buildDefaultValidatorFactory().getValidator());

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private static DefaultPersonService persons(EntityManager em) {
        return new DefaultPersonService(new PersonRepository(em, TwoOffices.officerOf(OfficeId.FIRST)), CLOCK,
                AccessScope.EVERYTHING, new AuditedChanges(), new RecordedEvents<>(), new RecordedEvents<>(),
                TwoOffices.officerOf(OfficeId.FIRST), new TwoOffices(), new FigureLedger(em));
    }

    private static ImportRow row(int line, String given, String family, String sex, String born, String nationality) {
        Map<ImportField, String> values = new HashMap<>();
        values.put(ImportField.GIVEN_NAME, given);
        values.put(ImportField.FAMILY_NAME, family);
        values.put(ImportField.SEX, sex);
        values.put(ImportField.DATE_OF_BIRTH, born);
        values.put(ImportField.NATIONALITY, nationality);
        values.put(ImportField.SUPERVISED_FROM, "01/03/2024");
        values.values().removeIf(java.util.Objects::isNull);
        return new ImportRow(line, values);
    }

    private long registered() {
        return persons.search(new PersonSearch(null, null, PageRequest.first())).total();
    }

    @Test
    void aCleanFileImportsOnceAndTheSecondTimeCreatesNobody() {
        List<ImportRow> file = List.of(row(2, "Zahra", "Rahimi", "P", "11/09/1990", "Afganistan"),
                row(3, "Imran", "Khan", "L", "1985-03-03", "PAK"), row(4, "Ina", "Bo'i", "Perempuan", "5.5.1992", "Somalia"));

        List<ImportVerdict> first = imports.preview(file);
        assertEquals(List.of(ImportOutcome.NEW, ImportOutcome.NEW, ImportOutcome.NEW), first.stream().map(ImportVerdict::outcome).toList());
        assertEquals(0, registered(), "a preview writes nothing");
        ImportResult created = imports.apply("sample.csv", file, Map.of());
        assertEquals(3, created.created());
        assertEquals(3, created.createdIds().size());
        assertEquals("sample.csv", created.source(), "the audit trail names the file");

        List<ImportVerdict> again = imports.preview(file);
        assertTrue(again.stream().allMatch(v -> v.outcome() == ImportOutcome.DUPLICATE), again.toString());
        ImportResult second = imports.apply("sample.csv", file, Map.of());
        assertEquals(0, second.created());
        assertEquals(3, second.linked());
        assertEquals(3, registered());
    }

    @Test
    void aTransliteratedNameIsFoundAsTheRegisteredPerson() {
        persons.register(new RegisterPerson("Mohammad", "Akbari", Sex.MALE, LocalDate.of(1990, 1, 1), "AFG", null, null,
                LocalDate.of(2023, 1, 9)), true);

        ImportVerdict verdict = imports.preview(List.of(row(2, "Muhammad", "Akbary", "M", "01/01/1990", "Afghanistan"))).get(0);

        assertEquals(ImportOutcome.DUPLICATE, verdict.outcome());
        assertEquals("Akbari", verdict.candidate().familyName());
        assertEquals(ImportDecision.LINK, verdict.suggested());
        assertEquals(1, imports.apply("sample.csv", List.of(row(2, "Muhammad", "Akbary", "M", "01/01/1990", "Afghanistan")),
                Map.of(2, ImportDecision.CREATE)).created(), "the officer may still register them");
    }

    @Test
    void badRowsAreRefusedWithTheirFieldsNamedAndNothingIsWritten() {
        List<ImportRow> file = List.of(row(2, "Hassan", "Jafari", "X", "1990-01-01", "AFG"),
                row(3, "Hassan", "Jafari", "L", "31/02/1990", "AFG"), row(4, "Hassan", "Jafari", "L", "1990-01-01", "Atlantis"),
                row(5, "=HYPERLINK(\"x\")", null, "L", "1990-01-01", "AFG"), row(6, "Hassan", "Jafari", "L", "2031-01-01", "AFG"),
                row(7, null, "Jafari", "L", "1990-01-01", "AFG"));

        List<ImportVerdict> verdicts = imports.preview(file);

        assertTrue(verdicts.stream().allMatch(v -> v.outcome() == ImportOutcome.INVALID), verdicts.toString());
        assertEquals(List.of("Sex", "Date of birth", "Nationality", "Given name", "Date of birth", "Given name"), verdicts.stream()
                .map(v -> v.problems().get(0).substring(0, v.problems().get(0).indexOf(':'))).toList());
        ImportResult result = imports.apply("sample.csv", file, Map.of(2, ImportDecision.CREATE));
        assertEquals(6, result.refused().size());
        assertEquals(0, registered());
    }

    @Test
    void theReasonsAreWrittenInTheOfficersLanguage() {
        ImportRun indonesian = new ImportRun(persons, Validation.buildDefaultValidatorFactory().getValidator(), Locale.forLanguageTag("id"), List.of());

        assertEquals(List.of("Jenis kelamin: \u201cX\u201d bukan L/P, laki-laki/perempuan, M/F atau male/female",
                "Kewarganegaraan: \u201cAtlantis\u201d bukan negara yang dikenal Suaka"),
                indonesian.judge(row(2, "Hassan", "Jafari", "X", "1990-01-01", "Atlantis")).problems());
        String future = indonesian.judge(row(3, "Hassan", "Jafari", "L", "2031-01-01", "AFG")).problems().get(0);
        assertTrue(future.startsWith("Tanggal lahir: ") && !future.contains("must"), future);
        assertEquals("Sex: \u201cX\u201d is not L/P, M/F, laki-laki/perempuan or male/female",
                new ImportRun(persons, Validation.buildDefaultValidatorFactory().getValidator(), Locale.ENGLISH, List.of())
                        .judge(row(4, "Hassan", "Jafari", "X", "1990-01-01", "AFG")).problems().get(0));
    }

    @Test
    void aFamilyGroupHasOneHeadAndKnownRelationships() {
        ImportRun run = new ImportRun(persons, Validation.buildDefaultValidatorFactory().getValidator(), Locale.ENGLISH, List.of());

        assertEquals(ImportOutcome.NEW, run.judge(member(row(2, "Ahmad Zia", "Sadat", "L", "1985-05-20", "AFG"), "KK-9", "Kepala keluarga"))
                .outcome());
        assertEquals(List.of("Relationship: family group \u201cKK-9\u201d has its head on line 2 already"),
                run.judge(member(row(3, "Yasin", "Sadat", "L", "1980-01-01", "AFG"), "KK-9", "head")).problems());
        assertEquals(ImportOutcome.NEW, run.judge(member(row(4, "Farzana", "Sadat", "P", "2012-11-09", "AFG"), "KK-9", "Anak")).outcome());
        assertTrue(run.judge(member(row(5, "Omid", "Sadat", "L", "2014-01-01", "AFG"), "KK-9", "sepupu jauh")).problems().get(0)
                .startsWith("Relationship: \u201csepupu jauh\u201d is not a relationship Suaka knows"));
    }

    @Test
    void aDocumentIsReadWholeOrRefused() {
        ImportRun run = new ImportRun(persons, Validation.buildDefaultValidatorFactory().getValidator(), Locale.forLanguageTag("id"), List.of());

        assertEquals(ImportOutcome.NEW, run.judge(document(row(2, "Sher Agha", "Durrani", "L", "1987-04-12", "AFG"), "Paspor", "P01234567"))
                .outcome());
        assertEquals(List.of("Jenis dokumen: dokumen perlu jenis dan nomornya sekaligus"),
                run.judge(document(row(3, "Bibi Gul", "Durrani", "P", "1991-09-01", "AFG"), null, "P7654321")).problems());
        assertTrue(run.judge(document(row(4, "Zia'ullah", "Noorzai", "L", "1999-06-30", "AFG"), "Tazkira", "1400/01#77")).problems().get(0)
                .startsWith("Nomor dokumen: "), "the number's pattern is the document form's");
    }

    private static ImportRow document(ImportRow row, String type, String number) {
        Map<ImportField, String> values = new HashMap<>(row.values());
        if (type != null) {
            values.put(ImportField.DOCUMENT_TYPE, type);
        }
        values.put(ImportField.DOCUMENT_NUMBER, number);
        return new ImportRow(row.line(), values);
    }

    private static ImportRow member(ImportRow row, String group, String relationship) {
        Map<ImportField, String> values = new HashMap<>(row.values());
        values.put(ImportField.FAMILY_GROUP, group);
        values.put(ImportField.RELATIONSHIP, relationship);
        return new ImportRow(row.line(), values);
    }

    @Test
    void aRowRepeatedInTheFileIsSkipped() {
        List<ImportRow> file = List.of(row(2, "Sakina", "Amiri", "P", "2001-09-14", "AFG"),
                row(3, "Sakina", "Amiri", "P", "14/09/2001", "afg"));

        assertEquals(ImportOutcome.REPEATED, imports.preview(file).get(1).outcome());
        ImportResult result = imports.apply("sample.csv", file, Map.of());
        assertEquals(1, result.created());
        assertEquals(1, result.skipped());
    }
}
