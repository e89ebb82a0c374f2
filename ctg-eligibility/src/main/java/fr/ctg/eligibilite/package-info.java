/**
 * The public API of ctg: {@link fr.ctg.eligibilite.Evaluateur} (start from
 * {@link fr.ctg.eligibilite.Evaluateur#national()} or {@link fr.ctg.eligibilite.Evaluateur#builder()})
 * evaluates the rules for a territory, a convention or a bonus year and returns an immutable
 * {@link fr.ctg.rapport.Rapport}; the renderers of {@link fr.ctg.eligibilite.report} turn it into
 * JSON, text, CSV, Markdown or HTML.
 *
 * <p>The API is this package and {@code fr.ctg.eligibilite.report} (plus the value types of
 * ctg-model they use). No Drools, Jackson or Guava type appears in their public signatures
 * ({@code PublicApiTest}). {@code fr.ctg.eligibilite.internal} holds tooling the command line shares
 * and is not part of the API; see its package documentation for why internal packages rather than
 * JPMS modules. Fact assemblers are package-private.
 *
 * <p>Units throughout: dates are {@link java.time.LocalDate}, amounts are euros as
 * {@link java.math.BigDecimal} of scale 2, populations are numbers of inhabitants. No method accepts
 * {@code null}; absent values are {@link java.util.Optional}s.
 */
@ValueStyle
package fr.ctg.eligibilite;

import fr.ctg.model.ValueStyle;
