package io.github.kano4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in the README and in docs/ compiles as written against the built library, the README's
 * first snippet is the Quickstart example, and the output the README shows is what the Quickstart prints.
 */
class DocumentationSnippetsTest {
    private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyJavaSnippetInTheReadmeAndDocsCompiles(@TempDir Path dir) throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        int snippets = 0;
        for (Path page : pages) {
            Matcher m = JAVA.matcher(Files.readString(page));
            while (m.find()) {
                snippets++;
                String name = "Snippet" + snippets;
                Path source = dir.resolve(name + ".java");
                Files.writeString(source, wrap(name, m.group(1)));
                StringWriter errors = new StringWriter();
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                boolean ok = javac.getTask(errors, null, null, List.of("-d", dir.resolve("out").toString(),
                        "-classpath", System.getProperty("java.class.path"), "-proc:none"), null,
                        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                .getJavaFileObjects(source)).call();
                assertThat(ok).as("snippet %d of %s:%n%s%n%s", snippets, page, m.group(1), errors).isTrue();
            }
        }
        assertThat(snippets).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theReadmeExampleIsTheQuickstartAndShowsItsRealOutput() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher java = JAVA.matcher(readme);
        assertThat(java.find()).isTrue();
        String quickstart = Files.readString(Path.of("examples/java/io/github/kano4j/examples/Quickstart.java"));
        int from = 0;
        for (String line : java.group(1).split("\n")) {
            String statement = line.strip();
            if (statement.isEmpty() || statement.startsWith("import ")) {
                continue;
            }
            int at = quickstart.indexOf(statement, from);
            assertThat(at).as("README line \"%s\" in Quickstart.java, in order", statement).isGreaterThanOrEqualTo(0);
            from = at + statement.length();
        }
        Matcher text = TEXT.matcher(readme);
        assertThat(text.find(java.end())).isTrue();
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Quickstart.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text.group(1));
    }

    @Test
    void theReadmeStaysShortAndItsConsoleBlocksNarrow() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        assertThat(lines).hasSizeLessThanOrEqualTo(200);
        boolean inBlock = false;
        for (String line : lines) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                assertThat(line.length()).as(line).isLessThanOrEqualTo(120);
            }
        }
    }

    /** Imports stay on top; everything else becomes the body of a method. */
    private static String wrap(String name, String snippet) {
        StringBuilder imports = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (String line : snippet.split("\n")) {
            if (line.startsWith("import ")) {
                imports.append(line).append('\n');
            } else {
                body.append("        ").append(line).append('\n');
            }
        }
        return imports + "\nclass " + name + " {\n    void run() throws Exception {\n" + body + "    }\n}\n";
    }
}
