/**
 * The command line, a leaf on top of the library: {@link io.github.kano4j.cli.Main} only dispatches; each command
 * is one class calling the {@link io.github.kano4j.Kano} front door; the bundled examples are read in one place.
 */
package io.github.kano4j.cli;
