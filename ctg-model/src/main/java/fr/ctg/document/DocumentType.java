package fr.ctg.document;

import java.util.Optional;

/** The kinds of document ctg reads, with the {@code schema} value that names each one in a file. */
public enum DocumentType {
  /** A convention, {@code schema: ctg-convention/1}. */
  CONVENTION("ctg-convention/1", "convention.schema.json"),
  /** Dated legal parameters, {@code schema: ctg-parametres/1}. */
  PARAMETERS("ctg-parametres/1", "parametres.schema.json"),
  /** Transfers of AO competences, {@code schema: ctg-transferts/1}. */
  TRANSFERS("ctg-transferts/1", "transferts.schema.json"),
  /** Coverage of the relais petite enfance, {@code schema: ctg-rpe/1}. */
  RPE_COVERAGE("ctg-rpe/1", "rpe.schema.json"),
  /** Scenario tests of the rules written by policy experts, {@code schema: ctg-scenario/1}. */
  SCENARIO("ctg-scenario/1", "scenario.schema.json"),
  /** An evaluation report, {@code schema: ctg-rapport/1} (JSON). */
  REPORT("ctg-rapport/1", "rapport.schema.json"),
  /** The scope of the legal texts the rules apply, {@code schema: ctg-textes/1}. */
  TEXTES("ctg-textes/1", "textes.schema.json"),
  /** The catalogue of the source documents the rules and conventions cite, {@code schema: ctg-sources/1}. */
  SOURCES("ctg-sources/1", "sources.schema.json"),
  /** The legal texts the rules cite: Légifrance identifiers and versions of the articles, {@code schema: ctg-legifrance/1}. */
  LEGIFRANCE("ctg-legifrance/1", "legifrance.schema.json"),
  /** A population file (CSV, recognised by its {@code .csv} extension). */
  POPULATIONS(null, null);

  private final String schemaKey;
  private final String schemaFile;

  DocumentType(String schemaKey, String schemaFile) {
    this.schemaKey = schemaKey;
    this.schemaFile = schemaFile;
  }

  /** The value of the document's {@code schema} key; empty for CSV files. */
  public Optional<String> schemaKey() {
    return Optional.ofNullable(schemaKey);
  }

  /**
   * Name of the JSON Schema shipped in the jar under {@code fr/ctg/schemas/}; empty for CSV files.
   * The text is available with {@link DocumentReader#schemaText(DocumentType)}.
   */
  public Optional<String> schemaFile() {
    return Optional.ofNullable(schemaFile);
  }

  /** The type whose {@code schema} value is {@code key}, if any. */
  public static Optional<DocumentType> ofSchemaKey(String key) {
    for (DocumentType t : values()) {
      if (t.schemaKey != null && t.schemaKey.equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
