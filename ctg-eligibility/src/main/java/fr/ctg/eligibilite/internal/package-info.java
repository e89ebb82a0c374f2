/**
 * <b>Not part of the public API.</b> Tooling that the {@code ctg} command line shares with this
 * module (report comparison for {@code ctg diff}); it may change in any release.
 *
 * <p>Why {@code internal} packages rather than JPMS: the library's dependencies (Drools, its
 * executable model, POI) are automatic modules with split packages and reflective loading, and the
 * CLI is a shaded jar on the class path; a {@code module-info} would have to open and require most
 * of them and would only be enforced for applications that themselves run on the module path. A
 * package named {@code internal}, absent from the Javadoc of the API, says the same thing to every
 * application at no cost. {@code PublicApiTest} checks that no public API signature uses these
 * packages, nor a Drools, Jackson or Guava type.
 */
package fr.ctg.eligibilite.internal;
