/**
 * The indirect method: from an ordinary satisfaction survey (attribute ratings and an overall rating), penalty
 * and reward by penalty–reward contrast analysis, impact-asymmetry indices, the factor type of each attribute,
 * hinge and quadratic shape fits and the importance–performance grid (docs/METHODS.md §6). Never uses the
 * questionnaire package: the two kinds of evidence meet only in allocation.
 */
package io.github.kano4j.satisfaction;
