package io.github.kano4j.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs the code cells of a Jupyter notebook in order through the JDK's JShell API — the engine Java kernels use —
 * in this JVM's working directory (the test starts it in the notebook's folder, as Jupyter does). Line magics
 * ({@code %maven …}) are skipped (the library is on the class path); {@code display(…)} is the kernel's function,
 * stubbed to record its output. Exit status 0 when every snippet compiled and ran, 1 otherwise, with the cell,
 * the snippet and the diagnostic or exception on standard error.
 *
 * <p>Usage: {@code NotebookRunner NOTEBOOK.ipynb CLASSPATH}
 */
public final class NotebookRunner {
    private NotebookRunner() {
    }

    /** Entry point for the forked test JVM. */
    public static void main(String[] args) throws IOException {
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> cells = codeCells(json);
        ByteArrayOutputStream shellOut = new ByteArrayOutputStream();
        int failures = 0;
        try (JShell shell = JShell.builder().executionEngine("local")
                .out(new PrintStream(shellOut, true, StandardCharsets.UTF_8))
                .err(new PrintStream(shellOut, true, StandardCharsets.UTF_8)).build()) {
            for (String entry : args[1].split(java.io.File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            failures += run(shell, -1, "String display(Object value, String mime) { return \"\"; }\n"
                    + "String display(Object value) { return \"\"; }\n");
            for (int c = 0; c < cells.size(); c++) {
                failures += run(shell, c, cells.get(c));
            }
        }
        System.out.println(cells.size() + " code cells, " + failures + " failures");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** Evaluates a cell snippet by snippet; returns the number of failed snippets. */
    private static int run(JShell shell, int cell, String source) {
        StringBuilder code = new StringBuilder();
        for (String line : source.split("\n", -1)) {
            if (!line.startsWith("%")) {
                code.append(line).append('\n');
            }
        }
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code.toString();
        int failures = 0;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String snippet = info.source() == null ? remaining : info.source();
            remaining = info.source() == null ? "" : info.remaining();
            for (SnippetEvent e : shell.eval(snippet)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    StringBuilder why = new StringBuilder();
                    shell.diagnostics(e.snippet()).forEach((Diag d) -> why.append(d.getMessage(null)).append("; "));
                    System.err.println("cell " + cell + ": does not compile: " + snippet.strip() + "\n  " + why);
                    failures++;
                } else if (e.exception() != null) {
                    System.err.println("cell " + cell + ": " + e.exception() + " in: " + snippet.strip());
                    failures++;
                }
            }
        }
        return failures;
    }

    /** The sources of the notebook's code cells, in order. */
    static List<String> codeCells(String json) {
        Object root = new Json(json).value();
        List<String> out = new ArrayList<>();
        for (Object c : (List<?>) ((Map<?, ?>) root).get("cells")) {
            Map<?, ?> cell = (Map<?, ?>) c;
            if ("code".equals(cell.get("cell_type"))) {
                Object source = cell.get("source");
                out.add(source instanceof List<?> parts ? String.join("", parts.stream().map(String::valueOf).toList())
                        : String.valueOf(source));
            }
        }
        return out;
    }

    /** A small JSON reader for notebook files (objects, arrays, strings, numbers, literals). */
    public static final class Json {
        private final String s;
        private int i;

        public Json(String s) {
            this.s = s;
        }

        public Object value() {
            skip();
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    skip();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        skip();
                        String key = string();
                        skip();
                        expect(':');
                        m.put(key, value());
                        skip();
                        if (s.charAt(i++) == '}') {
                            return m;
                        }
                    }
                }
                case '[' -> {
                    List<Object> l = new ArrayList<>();
                    i++;
                    skip();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        l.add(value());
                        skip();
                        if (s.charAt(i++) == ']') {
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = i;
                    while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                        i++;
                    }
                    String word = s.substring(start, i);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> Double.valueOf(word);
                    };
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> sb.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
