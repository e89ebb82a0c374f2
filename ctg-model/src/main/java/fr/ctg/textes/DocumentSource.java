package fr.ctg.textes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A source document the rules, the parameters or the conventions cite (a convention, a deliberation):
 * its title, date, version and signatories as the document gives them, its sections (articles and
 * annexes, with the page its table of contents gives) and the passages cited, by line range. Read
 * from {@code fr/ctg/textes/sources.yaml} (ctg-rules), generated from the documents. Immutable.
 *
 * @param fichier the maintainers' file name of the document, e.g. {@code 004_6fa37c30264637ed.txt}
 *     (the trace of the {@code @source} metadata; never shown to a user)
 * @param passages quoted text by line range ({@code L347}, {@code L349-355})
 */
public record DocumentSource(String fichier, String titre, String date, String version, String signataires,
    int lignes, List<Section> sections, Map<String, String> passages) {

  /** An article or annex heading and its first line; its page when the document's table of contents gives it. */
  public record Section(int debut, String titre, OptionalInt page) {
    public Section {
      Objects.requireNonNull(titre);
      Objects.requireNonNull(page);
    }
  }

  public DocumentSource {
    Objects.requireNonNull(fichier);
    Objects.requireNonNull(titre);
    Objects.requireNonNull(date);
    Objects.requireNonNull(version);
    Objects.requireNonNull(signataires);
    sections = List.copyOf(sections);
    passages = Map.copyOf(passages);
  }

  /** The section line {@code ligne} falls in; empty before the first heading (title page, table of contents). */
  public Optional<Section> section(int ligne) {
    Section trouvee = null;
    for (Section s : sections) {
      if (s.debut() > ligne) break;
      trouvee = s;
    }
    return Optional.ofNullable(trouvee);
  }

  /** The quoted passage of lines {@code debut}–{@code fin}, if the catalogue holds it. */
  public Optional<String> passage(int debut, int fin) {
    return Optional.ofNullable(passages.get(debut == fin ? "L" + debut : "L" + debut + "-" + fin));
  }
}
