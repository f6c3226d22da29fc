package io.github.kano4j.cli;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one door every command's output goes through: standard output, or {@code --out FILE} and the chart files.
 *
 * <p>The guard, in one place:
 * <ul>
 *   <li>a file is never written over any input of the command (every path-valued option and parameter, found from
 *       the parsed command line, so a new input option is guarded without being listed here);</li>
 *   <li>a regular file is written to a temporary file beside it and moved into place, so a failure leaves the old
 *       file whole; the new file gets the permissions of the file it replaces, or the process's umask for a new
 *       one (never the owner-only mode of a temporary file);</li>
 *   <li>a target that exists but is not a regular file (a FIFO, {@code /dev/null}, a terminal) is written into as
 *       it is, never replaced;</li>
 *   <li>a folder, a missing folder or an input named as the output is bad arguments (exit 2), found before any
 *       work; a write that fails is an output error (exit 1).</li>
 * </ul>
 */
final class Sink {
    /** Output written as it is made. */
    interface Output {
        /** Appends the output to {@code out}. */
        void to(Appendable out) throws IOException;
    }

    /** Fills an output stream. */
    private interface Fill {
        void into(OutputStream out) throws IOException;
    }

    private final Path file;
    private final List<Path> inputs;
    private final PrintStream stdout;

    /** Writes to {@code file} ({@code null}: standard output), never over one of {@code inputs}. */
    Sink(Path file, List<Path> inputs, PrintStream stdout) {
        this.file = file;
        this.inputs = inputs.stream().filter(Objects::nonNull).toList();
        this.stdout = stdout;
    }

    /** The file written, if not standard output. */
    Path file() {
        return file;
    }

    /** Whether the output goes to standard output. */
    boolean toStandardOutput() {
        return file == null;
    }

    /** Checks, before any work, that the output can be written where it was asked to go. */
    void check() {
        if (file != null) {
            check(file, "--out");
        }
    }

    /** Checks a target: not an input, not a folder, in a folder that exists. */
    void check(Path target, String option) {
        for (Path input : inputs) {
            if (sameFile(input, target)) {
                throw new UsageException(option + " " + target + " is an input file; choose another output file so "
                        + "the input is not overwritten");
            }
        }
        if (Files.isDirectory(target)) {
            throw new UsageException(option + " " + target + " is a folder; name a file, e.g. " + target.resolve(
                    "result.txt"));
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageException(option + " " + target + ": " + dir + " is a file, not a folder");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException(option + " " + target + ": the folder " + dir + " does not exist; create it "
                    + "first or name another file");
        }
    }

    /** Writes a text (UTF-8). */
    void text(String text) {
        if (file == null) {
            stdout.print(text);
            flushStandardOutput();
            return;
        }
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        write(file, "--out", out -> out.write(content));
    }

    /** Writes a text as it is made (UTF-8): a large output is never held whole. */
    void stream(Output output) {
        if (file == null) {
            try {
                output.to(stdout);
            } catch (IOException e) {
                throw new OutputException("cannot write the result to standard output: " + e.getMessage());
            }
            flushStandardOutput();
            return;
        }
        write(file, "--out", out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            output.to(w);
            w.flush();
        });
    }

    /** Writes binary output (a workbook), which needs {@code --out FILE}. */
    void binary(byte[] content, String what) {
        if (file == null) {
            throw new UsageException(what + " needs a file: name it with --out FILE");
        }
        write(file, "--out", out -> out.write(content));
    }

    /** Writes a text to another file the command makes (a chart), under the same guard. */
    void extra(Path target, String text, String option) {
        check(target, option);
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        write(target, option, out -> out.write(content));
    }

    /**
     * Checks, before any work, a folder the command fills with files ending in {@code suffix}: no input and not
     * {@code --out} may lie in it with that ending, since a file made there could replace it.
     */
    void checkFolder(Path dir, String option, String suffix) {
        if (!Files.isDirectory(dir)) {
            return; // made new: it holds nothing yet
        }
        List<Path> at = new java.util.ArrayList<>(inputs);
        if (file != null) {
            at.add(file);
        }
        for (Path p : at) {
            try {
                Path parent = p.toAbsolutePath().getParent();
                if (p.getFileName().toString().endsWith(suffix) && parent != null && Files.isDirectory(parent)
                        && Files.isSameFile(parent, dir)) {
                    throw new UsageException(option + " " + dir + " holds " + p + ", which a file written there could "
                            + "replace; choose another folder");
                }
            } catch (IOException e) {
                // not comparable: nothing to guard
            }
        }
    }

    /** Creates an output folder (and its parents) when missing; a file in its way is bad arguments. */
    static void folder(Path dir, String option) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new UsageException(option + " " + dir + ": " + p + " is a file, not a folder");
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputException("cannot create the folder " + dir + ": " + reason(e));
        }
    }

    private void flushStandardOutput() {
        stdout.flush();
        if (stdout.checkError()) {
            throw new OutputException("cannot write the result to standard output (closed, full or broken pipe)");
        }
    }

    private void write(Path target, String option, Fill fill) {
        check(target, option);
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // a FIFO, a device or a terminal: written into as it is, never replaced by a regular file
                try (OutputStream out = Files.newOutputStream(target)) {
                    fill.into(out);
                }
                return;
            }
            replace(target, fill);
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + reason(e));
        }
    }

    /** A temporary file beside the target, filled, synced and moved into place. */
    private static void replace(Path target, Fill fill) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve(".kano4j-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                + ".tmp");
        try {
            Files.createFile(tmp); // no attributes: the umask decides, as for any file a program creates
            keepPermissions(target, tmp);
            try (FileOutputStream out = new FileOutputStream(tmp.toFile())) {
                fill.into(out);
                out.flush();
                out.getChannel().force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort: the temporary file is hidden and names itself
            }
        }
    }

    /** A replaced file keeps its permissions (colleagues who could read it still can). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (old == null || !Files.exists(target)) {
            return;
        }
        Set<PosixFilePermission> permissions = old.readAttributes().permissions();
        Files.setPosixFilePermissions(tmp, permissions);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a file cannot be made there";
        }
        String why = String.valueOf(e instanceof FileSystemException f ? f.getReason() : e.getMessage());
        return why.contains("No space") ? "no space left on the device" : why;
    }

    /** Whether two paths name one file (through links too); a target not yet there is no input. */
    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
