package io.github.kano4j.cli;

/** The result could not be written (standard output closed or full, a file not writable): exit status 1. */
final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutputException(String message) {
        super(message);
    }
}
