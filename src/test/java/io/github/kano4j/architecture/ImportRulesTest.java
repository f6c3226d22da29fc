package io.github.kano4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The package table of the design ("Packages and the imports each may make"), enforced over the main sources:
 * every reference to another kano4j package — an import line or a fully qualified name in a method body — and
 * to commons-csv / commons-math3 must be allowed for the referring package. Comments are ignored.
 */
class ImportRulesTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/kano4j");
    private static final String ROOT = "(root)";
    private static final String CSV = "commons-csv";
    private static final String MATH = "commons-math3";
    /** The optional workbook reader and writer: only the readers and the report writers may touch them. */
    private static final String EXCEL = "fastexcel";

    /** Package → what it may reference besides itself and the JDK. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            ROOT, Set.of("internal"),
            "internal", Set.of(MATH),
            "stats", Set.of("internal", MATH),
            "questionnaire", Set.of(ROOT, "internal", "stats", MATH),
            "satisfaction", Set.of(ROOT, "internal", "stats", MATH),
            "allocation", Set.of(ROOT, "internal", "stats", "questionnaire", "satisfaction", MATH),
            "io", Set.of(ROOT, "internal", "stats", "questionnaire", "satisfaction", "allocation", MATH, CSV, EXCEL),
            "report", Set.of(ROOT, "internal", "stats", "questionnaire", "satisfaction", "allocation", MATH, CSV,
                    EXCEL),
            "cli", Set.of(ROOT, "internal", "stats", "questionnaire", "satisfaction", "allocation", "io", "report",
                    MATH, CSV));

    private static final Pattern KANO_REF = Pattern.compile("\\bio\\.github\\.kano4j\\.([a-z][a-z0-9]*)?\\.?([A-Z]\\w*)?");
    private static final Pattern THIRD = Pattern.compile("\\b(?:org\\.apache\\.commons\\.(csv|math3)|org\\.(dhatim))\\b");

    @Test
    void onlyTheCommandLineUsesPicocli() throws IOException {
        List<String> outside = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                boolean uses = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .anyMatch(l -> l.startsWith("import picocli."));
                if (uses && !packageOf(file).equals("cli")) {
                    outside.add(MAIN.relativize(file).toString());
                }
            }
        }
        assertThat(outside).as("picocli is the command line's optional dependency, never the library's").isEmpty();
    }

    @Test
    void everyReferenceFollowsThePackageTable() throws IOException {
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                scanned++;
                String from = packageOf(file);
                if (file.getFileName().toString().equals("Kano.java") && from.equals(ROOT)) {
                    continue; // the front door may use anything
                }
                Set<String> allowed = ALLOWED.get(from);
                assertThat(allowed).as("package %s of %s is in the table", from, file).isNotNull();
                String code = withoutComments(read(file));
                for (String to : references(code)) {
                    if (!to.equals(from) && !allowed.contains(to)) {
                        violations.add(MAIN.relativize(file) + " -> " + to);
                    }
                }
            }
        }
        assertThat(scanned).as("main sources scanned").isGreaterThan(80);
        assertThat(violations).as("references against the package table").isEmpty();
    }

    @Test
    void theTableHasNoCircles() {
        // a reference allowed both ways would permit a circle; the table is a strict order
        ALLOWED.forEach((from, tos) -> tos.forEach(to -> assertThat(ALLOWED.getOrDefault(to, Set.of()))
                .as("%s may use %s, so %s may not use %s", from, to, to, from).doesNotContain(from)));
    }

    @Test
    void theRuleCatchesAnUpwardFullyQualifiedName() {
        String code = "package io.github.kano4j.questionnaire;\nclass X { String f() { return "
                + "io.github.kano4j.report.Report.csv(null); } }\n";
        assertThat(references(withoutComments(code))).contains("report");
        assertThat(references(withoutComments("// io.github.kano4j.report.Report\n/* org.apache.commons.csv */")))
                .isEmpty();
    }

    private static Set<String> references(String code) {
        Set<String> out = new TreeSet<>();
        Matcher m = KANO_REF.matcher(code);
        while (m.find()) {
            String pkg = m.group(1);
            if (pkg == null && m.group(2) != null) {
                out.add(ROOT);
            } else if (pkg != null) {
                out.add(pkg);
            }
        }
        Matcher t = THIRD.matcher(code);
        while (t.find()) {
            out.add(t.group(2) != null ? EXCEL : t.group(1).equals("csv") ? CSV : MATH);
        }
        // the file's own package line names its package, which is always allowed
        return out;
    }

    private static String packageOf(Path file) {
        Path rel = MAIN.relativize(file);
        return rel.getNameCount() == 1 ? ROOT : rel.getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The code with comments blanked out (string literals kept). */
    static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' ) {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != '"' && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(s, i, Math.min(j + 1, s.length()));
                i = j + 1;
            } else if (s.startsWith("//", i)) {
                int j = s.indexOf('\n', i);
                i = j < 0 ? s.length() : j;
            } else if (s.startsWith("/*", i)) {
                int j = s.indexOf("*/", i + 2);
                i = j < 0 ? s.length() : j + 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
