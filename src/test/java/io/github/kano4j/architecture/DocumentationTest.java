package io.github.kano4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every public declaration — type, constructor, method, field — and every enum constant of the main sources
 * carries a Javadoc comment, and every package has a {@code package-info.java}. (The build's javadoc run checks
 * the comments' HTML and references with doclint; this test checks that none is missing.)
 */
class DocumentationTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/kano4j");
    private static final Pattern PUBLIC = Pattern.compile("^\\s*public\\s.*");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("^\\s{4,}[A-Z][A-Z0-9_]*(\\(.*)?[,;]?\\s*$");

    @Test
    void everyPublicDeclarationAndEnumConstantHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.stream().noneMatch(l -> l.matches("^public .*(class|record|enum|interface) .*"))
                        && !file.endsWith("package-info.java")) {
                    continue; // a package-private type: its members are not API
                }
                boolean inEnum = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.matches(".*\\benum\\s+\\w+.*\\{\\s*$")) {
                        inEnum = true;
                        continue;
                    }
                    boolean constant = inEnum && ENUM_CONSTANT.matcher(line).matches();
                    if (inEnum && (line.contains(";") || line.strip().startsWith("}"))) {
                        inEnum = !line.strip().endsWith(";") && !line.strip().startsWith("}") ? inEnum : false;
                    }
                    if ((PUBLIC.matcher(line).matches() || constant) && !documented(lines, i)) {
                        undocumented.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(undocumented).as("public declarations without Javadoc").isEmpty();
    }

    @Test
    void everyPackageHasPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                assertThat(dir.resolve("package-info.java")).as("package-info of %s", dir).exists();
            }
        }
    }

    /**
     * A Javadoc comment ends right above the declaration (annotations between, also over several lines), or it
     * overrides a documented one.
     */
    private static boolean documented(List<String> lines, int i) {
        int j = i - 1;
        while (j >= 0 && !lines.get(j).strip().endsWith("*/") && isAnnotationLine(lines, j)) {
            if (lines.get(j).strip().equals("@Override")) {
                return true;
            }
            j--;
        }
        return j >= 0 && lines.get(j).strip().endsWith("*/");
    }

    /** An annotation line, or the continuation of an annotation that opened on an earlier line. */
    private static boolean isAnnotationLine(List<String> lines, int j) {
        for (int k = j; k >= 0; k--) {
            String s = lines.get(k).strip();
            if (s.startsWith("@")) {
                return true;
            }
            if (s.isEmpty() || s.endsWith(";") || s.endsWith("{") || s.endsWith("}") || s.endsWith("*/")) {
                return false;
            }
        }
        return false;
    }
}
