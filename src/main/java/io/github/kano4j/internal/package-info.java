/**
 * Machinery shared by the other packages — aligned text tables measured in display width and argument checks
 * with one message style. Not API: it may change in any release; please do not depend on it.
 */
package io.github.kano4j.internal;
