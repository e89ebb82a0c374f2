package fr.ctg.regles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ctg.document.DocumentReader;
import fr.ctg.document.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The documents shipped in the jar — parameters, scope of the texts, catalogue of the sources, versions
 * of the legal texts — are
 * read at each start without their JSON Schema pass ({@link DocumentReader#bundledParametres()},
 * {@link DocumentReader#readTextesEmbarques}, {@link DocumentReader#readSourcesEmbarquees},
 * {@link DocumentReader#readLegifranceEmbarquee}): the
 * build checks here that each one conforms to its schema, and that reading it with or without the
 * schema gives the same values.
 */
class DocumentsEmbarquesTest {
  private static final ClassLoader CL = DocumentsEmbarquesTest.class.getClassLoader();

  @Test
  void chaqueDocumentEmbarqueRespecteSonSchema() throws Exception {
    List<String> parametres = new ArrayList<>();
    try (InputStream in = CL.getResourceAsStream(DocumentReader.BUNDLED_PARAMETERS_INDEX)) {
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        if (!l.isBlank() && !l.strip().startsWith("#")) parametres.add(l.strip());
      }
    }
    assertFalse(parametres.isEmpty());
    for (String r : parametres) DocumentReader.validateSchema(chemin(r), DocumentType.PARAMETERS);
    assertFalse(RuleFiles.bundled().textes().isEmpty());
    for (String r : RuleFiles.bundled().textes().keySet()) DocumentReader.validateSchema(chemin(r), DocumentType.TEXTES);
    DocumentReader.validateSchema(chemin(SourcesCitees.RESSOURCE), DocumentType.SOURCES);
    DocumentReader.validateSchema(chemin(TextesJuridiquesEmbarques.RESSOURCE), DocumentType.LEGIFRANCE);
  }

  @Test
  void luesSansLeSchemaCommeAvec() throws Exception {
    assertEquals(List.copyOf(DocumentReader.readParametres(CL, DocumentReader.BUNDLED_PARAMETERS_INDEX).tous()),
        List.copyOf(DocumentReader.bundledParametres().tous()));
    Map<String, byte[]> textes = new TreeMap<>(RuleFiles.bundled().textes());
    assertEquals(List.copyOf(DocumentReader.readTextes(textes).tous()), List.copyOf(RuleBase.textesEmbarques().tous()));
    byte[] sources;
    try (InputStream in = CL.getResourceAsStream(SourcesCitees.RESSOURCE)) {
      sources = in.readAllBytes();
    }
    assertEquals(List.copyOf(DocumentReader.readSources(SourcesCitees.RESSOURCE, sources).documents()),
        List.copyOf(SourcesCitees.embarquees().documents()));
    byte[] legifrance;
    try (InputStream in = CL.getResourceAsStream(TextesJuridiquesEmbarques.RESSOURCE)) {
      legifrance = in.readAllBytes();
    }
    fr.ctg.textes.TextesJuridiques avecSchema = DocumentReader.readLegifrance(TextesJuridiquesEmbarques.RESSOURCE, legifrance);
    assertEquals(avecSchema.articles(), TextesJuridiquesEmbarques.embarques().articles());
    assertEquals(avecSchema.textes(), TextesJuridiquesEmbarques.embarques().textes());
  }

  private static Path chemin(String ressource) throws URISyntaxException, IOException {
    return Path.of(CL.getResource(ressource).toURI());
  }
}
