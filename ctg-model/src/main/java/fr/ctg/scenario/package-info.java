/**
 * Scenario tests written by policy experts ({@code *.scenario.yaml}, {@code ctg-scenario/1}): cases
 * made of facts, an evaluation date, an optional reform of the parameters, the findings expected and
 * those that must be absent. Read by {@link fr.ctg.document.DocumentReader#readScenario}.
 */
@ValueStyle
package fr.ctg.scenario;

import fr.ctg.model.ValueStyle;
