package io.github.kano4j.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/**
 * Where every command's output goes: {@code --out FILE} (else standard output) and {@code --quiet}. The format is
 * declared by each command, with the formats it writes ({@link Format}).
 */
final class OutputOptions {
    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output (written "
            + "whole or not at all; never over an input)")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "no progress line and no ingest report on standard error "
            + "(errors and warnings still)")
    boolean quiet;
}
