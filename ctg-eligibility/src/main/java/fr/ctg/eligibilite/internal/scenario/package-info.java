/**
 * <b>Not part of the public API.</b> The scenario runner behind {@code ctg regles tester} (see
 * {@link fr.ctg.eligibilite.internal}); it may change in any release.
 */
package fr.ctg.eligibilite.internal.scenario;
