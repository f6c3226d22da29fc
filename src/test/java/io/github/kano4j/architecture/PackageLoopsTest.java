package io.github.kano4j.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One way inside every package too: no two files of a package use each other, directly or through others (a file
 * uses another when its code — comments and strings aside — names the other's type). Between packages the
 * {@link ImportRulesTest} holds; this is the same promise one level down.
 */
class PackageLoopsTest {
    private static final Path MAIN = Path.of("src/main/java/io/github/kano4j");
    private static final Pattern TYPE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?:.|\\n)*?\"\"\"|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'",
            Pattern.DOTALL);

    /**
     * Loops kept on purpose, with the reason: the serialization proxy (Bloch, Effective Java, item 90) writes the
     * tallies it stands for and makes them again when read, so the proxy and its tallies name each other.
     */
    private static final Set<String> KEPT = Set.of("questionnaire: [AttributeTally, KanoTally, TallySerialForm]");

    @Test
    void noFilesOfOnePackageUseEachOtherInALoop() throws IOException {
        List<String> loops = new ArrayList<>();
        int packages = 0;
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                packages++;
                for (Set<String> loop : loops(uses(dir))) {
                    loops.add(MAIN.relativize(dir) + ": " + loop);
                }
            }
        }
        assertThat(packages).isGreaterThanOrEqualTo(9);
        assertThat(loops).as("files of one package that use each other in a loop").containsExactlyInAnyOrderElementsOf(
                KEPT);
    }

    @Test
    void theCheckFindsALoop() {
        Map<String, Set<String>> uses = Map.of("A", Set.of("B"), "B", Set.of("C"), "C", Set.of("A"), "D", Set.of("A"));
        assertThat(loops(uses)).containsExactly(new TreeSet<>(Set.of("A", "B", "C")));
    }

    /** File (its type's name) → the files of the same package whose types it names. */
    private static Map<String, Set<String>> uses(Path dir) throws IOException {
        Map<String, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                if (!name.equals("package-info")) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    code.put(name, COMMENTS_AND_STRINGS.matcher(text).replaceAll(" "));
                }
            }
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        code.forEach((name, text) -> {
            Set<String> used = new TreeSet<>();
            Matcher m = TYPE_NAME.matcher(text);
            while (m.find()) {
                if (!m.group().equals(name) && code.containsKey(m.group())) {
                    used.add(m.group());
                }
            }
            uses.put(name, used);
        });
        return uses;
    }

    /** The strongly connected parts of more than one file (Tarjan). */
    static List<Set<String>> loops(Map<String, Set<String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String v : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, uses, index, low, stack, onStack, found, next);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<Set<String>> found, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : uses.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, uses, index, low, stack, onStack, found, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> part = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                part.add(w);
            } while (!w.equals(v));
            if (part.size() > 1) {
                found.add(part);
            }
        }
    }
}
