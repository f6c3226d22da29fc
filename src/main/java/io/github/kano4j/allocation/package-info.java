/**
 * Resource allocation: from questionnaire and satisfaction evidence, a decision per attribute — increase,
 * maintain, reduce, remove or no decision — with its floor, target and ceiling as numbers, the reducible margin,
 * the expected gain, a priority and the rules that fired; and, given unit costs and a budget, the budget split
 * (docs/METHODS.md §8).
 */
package io.github.kano4j.allocation;
