package fr.ctg.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import fr.ctg.ao.CompetenceAO;
import fr.ctg.ao.ImmutableRpe;
import fr.ctg.ao.ImmutableTransfertCompetence;
import fr.ctg.ao.Rpe;
import fr.ctg.ao.TransfertCompetence;
import fr.ctg.convention.Convention;
import fr.ctg.parametres.Domaine;
import fr.ctg.parametres.ImmutableDomaine;
import fr.ctg.parametres.ImmutableParametre;
import fr.ctg.parametres.ImmutableReference;
import fr.ctg.parametres.ImmutableValeurParametre;
import fr.ctg.parametres.Parametre;
import fr.ctg.parametres.Parametres;
import fr.ctg.parametres.TypeParametre;
import fr.ctg.parametres.ValeurParametre;
import fr.ctg.territoire.Territoire;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one entry point for reading input documents strictly: conventions, dated parameters, AO
 * competence transfers and RPE coverage, in YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}), same schema.
 *
 * <p>Each document goes through four steps, and stops at the first step that finds errors:
 * defensive parsing (UTF-8, 10 MiB, 64 levels, no YAML alias, no duplicate key), validation against
 * the JSON Schema shipped in {@code fr/ctg/schemas/}, binding to the immutable model, then the
 * checks a schema cannot express (dates in order, unique ids, references, INSEE codes unknown to
 * the registry). Every error of the step is reported at once in an {@link InvalidDocumentException},
 * each {@code file:line:column: $.pointer: message} in French; nothing partial is returned.
 *
 * <p>The INSEE check takes a predicate ({@code communeConnue}) so that callers pass the national
 * registry, e.g. {@code insee -> Territoire.national().commune(insee).isPresent()}; {@code null}
 * skips that check. Thread-safe; stateless.
 */
public final class DocumentReader {
  /** Classpath index of the bundled parameter files (shipped by ctg-rules): one resource path a line. */
  public static final String BUNDLED_PARAMETERS_INDEX = "parametres/index.txt";

  private DocumentReader() {}

  // ---------------------------------------------------------------- conventions

  /** Reads a convention, checking its INSEE codes against the national registry. */
  public static Convention readConvention(Path file) throws InvalidDocumentException {
    return readConvention(file, communeNationale());
  }

  /**
   * Whether an INSEE code is a commune of the bundled dated registry: a current commune of the last
   * year, or a former code (merged, recoded since 2021 or before) that it resolves to its successor.
   * A convention signed on an older territory names its communes as they were; the evaluation says
   * what became of them.
   */
  public static Predicate<String> communeNationale() {
    return insee -> Territoire.national().commune(insee).isPresent() || Territoire.national().succession(insee).isPresent();
  }

  /** Reads a convention; {@code communeConnue} (nullable) says whether an INSEE code exists. */
  public static Convention readConvention(Path file, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readConvention(file.toString(), read(file), isYaml(file), communeConnue);
  }

  /**
   * Reads a convention from a stream, checking its INSEE codes against the national registry. See
   * {@link #readConvention(String, InputStream, Predicate)}.
   */
  public static Convention readConvention(String nom, InputStream in) throws InvalidDocumentException {
    return readConvention(nom, in, communeNationale());
  }

  /**
   * Reads a convention from a stream (an upload, a database blob, a resource), as strictly as from a
   * file. The stream is read to its end (at most 10 MiB) and not closed.
   *
   * <pre>{@code
   * try (InputStream in = requete.getInputStream()) {
   *   Convention c = DocumentReader.readConvention("depot-42.ctg.yaml", in, DocumentReader.communeNationale());
   * } catch (InvalidDocumentException e) {
   *   e.errors().forEach(err -> System.err.println(err));   // depot-42.ctg.yaml:12:7: $.communes[3]: …
   * }
   * }</pre>
   *
   * @param nom the name of the document, shown in every error position ({@code nom:ligne:colonne});
   *     its extension gives the format: {@code .yaml}, {@code .yml} or {@code .json}
   * @param communeConnue whether an INSEE code exists (nullable: no check)
   * @throws InvalidDocumentException with positioned French errors, also when the stream cannot be
   *     read, is too large or {@code nom} has another extension
   */
  public static Convention readConvention(String nom, InputStream in, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readConvention(nom, read(nom, in), isYaml(nom), communeConnue);
  }

  /**
   * Reads a convention from characters (a text already decoded). See
   * {@link #readConvention(String, InputStream, Predicate)}; the reader is read to its end and not closed.
   */
  public static Convention readConvention(String nom, Reader in, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readConvention(nom, read(nom, in), isYaml(nom), communeConnue);
  }

  /** Reads a convention from bytes; {@code name} is the file name shown in errors. */
  public static Convention readConvention(String name, byte[] content, boolean yaml,
      Predicate<String> communeConnue) throws InvalidDocumentException {
    LocatedTree tree = validated(name, content, yaml, DocumentType.CONVENTION);
    Convention c = bind(tree, Convention.class);
    throwIfAny(ConventionChecks.check(tree, c, communeConnue));
    return c;
  }

  // ---------------------------------------------------------------- transfers and RPE

  /** Reads AO competence transfers, checking INSEE codes against the national registry. */
  public static List<TransfertCompetence> readTransferts(Path file) throws InvalidDocumentException {
    return readTransferts(file, communeNationale());
  }

  /** Reads AO competence transfers ({@code ctg-transferts/1}), in file order. */
  public static List<TransfertCompetence> readTransferts(Path file, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readTransferts(file.toString(), read(file), isYaml(file), communeConnue);
  }

  /**
   * Reads AO competence transfers from a stream; {@code nom} names the document in errors and gives
   * its format by its extension. See {@link #readConvention(String, InputStream, Predicate)}.
   */
  public static List<TransfertCompetence> readTransferts(String nom, InputStream in, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readTransferts(nom, read(nom, in), isYaml(nom), communeConnue);
  }

  public static List<TransfertCompetence> readTransferts(String name, byte[] content, boolean yaml,
      Predicate<String> communeConnue) throws InvalidDocumentException {
    LocatedTree tree = validated(name, content, yaml, DocumentType.TRANSFERS);
    List<DocumentError> errors = new ArrayList<>();
    List<TransfertCompetence> out = new ArrayList<>();
    JsonNode list = tree.root().get("transferts");
    for (int i = 0; i < list.size(); i++) {
      JsonNode t = list.get(i);
      String p = "/transferts/" + i;
      ImmutableTransfertCompetence.Builder b = ImmutableTransfertCompetence.builder()
          .commune(t.get("commune").asText())
          .beneficiaire(t.get("beneficiaire").asText())
          .depuis(LocalDate.parse(t.get("depuis").asText()));
      t.get("competences").forEach(c -> b.addCompetence(CompetenceAO.valueOf(c.asText())));
      text(t, "nomBeneficiaire").ifPresent(b::nomBeneficiaire);
      text(t, "source").ifPresent(b::source);
      Optional<LocalDate> fin = text(t, "jusquAu").map(LocalDate::parse);
      fin.ifPresent(b::jusquAu);
      TransfertCompetence tc = b.build();
      if (fin.isPresent() && fin.get().isBefore(tc.depuis())) {
        errors.add(tree.atValue(p + "/jusquAu", "la date de fin (" + fin.get() + ") précède la date de début ("
            + tc.depuis() + ")"));
      }
      if (communeConnue != null && !communeConnue.test(tc.commune())) {
        errors.add(tree.atValue(p + "/commune", "code INSEE « " + tc.commune()
            + " » inconnu : aucune commune actuelle ne porte ce code"));
      }
      horsDuGroupement(tc).ifPresent(m -> errors.add(tree.atValue(p + "/beneficiaire", m)));
      for (int j = 0; j < i; j++) {
        TransfertCompetence other = out.get(j);
        if (!other.commune().equals(tc.commune()) || !overlap(other.depuis(), other.jusquAu(), tc.depuis(), tc.jusquAu())) {
          continue;
        }
        for (CompetenceAO c : CompetenceAO.values()) {
          if (tc.competences().contains(c) && other.competences().contains(c)) {
            errors.add(tree.atValue(p, "la commune " + tc.commune() + " transfère déjà la compétence " + c
                + (other.beneficiaire().equals(tc.beneficiaire()) ? " au même bénéficiaire " : " à " + other.beneficiaire() + " ")
                + "sur une période qui chevauche celle-ci (voir " + tree.display("/transferts/" + j)
                + ") : une compétence n'a qu'un titulaire à la fois"));
          }
        }
      }
      out.add(tc);
    }
    throwIfAny(errors);
    return List.copyOf(out);
  }

  /**
   * Why transfer {@code t} is impossible, if it is: its beneficiary is an EPCI of the national registry
   * in force on the transfer's start date and the commune is not one of its members then (a commune
   * transfers a competence only to a group it belongs to, CASF art. L.214-1-3 III). A beneficiary the
   * registry does not list (a syndicat mixte), or a date before the registry, cannot be checked here.
   */
  public static Optional<String> horsDuGroupement(TransfertCompetence t) {
    Territoire registre;
    try {
      registre = fr.ctg.territoire.Registre.national().enVigueurAu(t.depuis());
    } catch (fr.ctg.territoire.DateHorsRegistreException e) {
      return Optional.empty();
    }
    return fr.ctg.ao.TransfertHorsGroupement.motif(t, t.depuis(), registre::commune, registre::epci,
        Optional.of("registre " + registre.millesime().map(m -> String.valueOf(m.annee())).orElse("national")));
  }

  /** Reads RPE coverage, checking INSEE codes against the national registry. */
  public static List<Rpe> readRpe(Path file) throws InvalidDocumentException {
    return readRpe(file, communeNationale());
  }

  /** Reads RPE coverage ({@code ctg-rpe/1}), in file order. */
  public static List<Rpe> readRpe(Path file, Predicate<String> communeConnue) throws InvalidDocumentException {
    return readRpe(file.toString(), read(file), isYaml(file), communeConnue);
  }

  /**
   * Reads RPE coverage from a stream; {@code nom} names the document in errors and gives its format
   * by its extension. See {@link #readConvention(String, InputStream, Predicate)}.
   */
  public static List<Rpe> readRpe(String nom, InputStream in, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    return readRpe(nom, read(nom, in), isYaml(nom), communeConnue);
  }

  public static List<Rpe> readRpe(String name, byte[] content, boolean yaml, Predicate<String> communeConnue)
      throws InvalidDocumentException {
    LocatedTree tree = validated(name, content, yaml, DocumentType.RPE_COVERAGE);
    List<DocumentError> errors = new ArrayList<>();
    List<Rpe> out = new ArrayList<>();
    Map<String, Integer> ids = new LinkedHashMap<>();
    JsonNode list = tree.root().get("rpe");
    for (int i = 0; i < list.size(); i++) {
      JsonNode r = list.get(i);
      String p = "/rpe/" + i;
      ImmutableRpe.Builder b = ImmutableRpe.builder().id(r.get("id").asText()).nom(r.get("nom").asText());
      text(r, "gestionnaire").ifPresent(b::gestionnaire);
      text(r, "source").ifPresent(b::source);
      Optional<LocalDate> debut = text(r, "depuis").map(LocalDate::parse);
      Optional<LocalDate> fin = text(r, "jusquAu").map(LocalDate::parse);
      debut.ifPresent(b::depuis);
      fin.ifPresent(b::jusquAu);
      if (debut.isPresent() && fin.isPresent() && fin.get().isBefore(debut.get())) {
        errors.add(tree.atValue(p + "/jusquAu", "la date de fin (" + fin.get() + ") précède la date de début ("
            + debut.get() + ")"));
      }
      JsonNode communes = r.get("communes");
      for (int j = 0; j < communes.size(); j++) {
        String insee = communes.get(j).asText();
        b.addCommune(insee);
        if (communeConnue != null && !communeConnue.test(insee)) {
          errors.add(tree.atValue(p + "/communes/" + j, "code INSEE « " + insee
              + " » inconnu : aucune commune actuelle ne porte ce code"));
        }
      }
      Rpe rpe = b.build();
      Integer first = ids.putIfAbsent(rpe.id(), i);
      if (first != null) {
        errors.add(tree.atValue(p + "/id", "identifiant « " + rpe.id() + " » en double (déjà utilisé en "
            + tree.display("/rpe/" + first + "/id") + ")"));
      }
      out.add(rpe);
    }
    throwIfAny(errors);
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- scenarios

  /**
   * Reads a scenario file ({@code ctg-scenario/1}): strict schema (a misspelt key is an error), then
   * unique case names, cases that test something, dates in order. A convention named by a case is
   * resolved against the scenario's folder but not read here.
   */
  public static fr.ctg.scenario.Scenario readScenario(Path file) throws InvalidDocumentException {
    return ScenarioReader.read(file, read(file), isYaml(file));
  }

  // ---------------------------------------------------------------- parameters

  /** Reads parameter files ({@code ctg-parametres/1}) into one set; a name defined twice is an error. */
  public static Parametres readParametres(Path... files) throws InvalidDocumentException {
    return readParametres(Arrays.asList(files));
  }

  public static Parametres readParametres(List<Path> files) throws InvalidDocumentException {
    return readParametres(files, Parametres.vide());
  }

  /**
   * Reads parameter files meant to replace parameters of {@code declares} (the rules' own, e.g.
   * {@link #bundledParametres()}): besides every check of {@link #readParametres(List)}, a
   * parameter that {@code declares} names must keep its type, its values must lie in its declared
   * domain and its own domain, if any, within it. Each problem is positioned (file, line, column)
   * and names the parameter and the domain expected.
   */
  public static Parametres readParametres(List<Path> files, Parametres declares) throws InvalidDocumentException {
    return lire(files, new ParameterCollector(declares));
  }

  /**
   * Reads parameter files that override parameters of {@code declares} (a user's
   * {@code --parametres}, a reform): as {@link #readParametres(List, Parametres)}, and a parameter
   * name that {@code declares} does not know is refused at its key, with the closest known names
   * ("vouliez-vous dire …") — an override of a misspelt name would otherwise be ignored in silence.
   * (An expert's own rule directory may define new parameters: it is read with
   * {@link #readParametres(List, Parametres)}.)
   */
  public static Parametres readSurcharges(List<Path> files, Parametres declares) throws InvalidDocumentException {
    return lire(files, new ParameterCollector(declares, true));
  }

  /** Every file into {@code c}, every error of every file reported at once. */
  private static Parametres lire(List<Path> files, ParameterCollector c) throws InvalidDocumentException {
    for (Path f : files) {
      try {
        c.add(f.toString(), read(f), isYaml(f));
      } catch (InvalidDocumentException e) {
        c.errors.addAll(e.errors());
      }
    }
    return c.result();
  }

  /**
   * The known names closest to {@code nom} for a « vouliez-vous dire … » (Levenshtein distance
   * at most 3; at most three, closest first, then in alphabetical order); also the command line's.
   */
  public static List<String> proches(String nom, java.util.Collection<String> connus) {
    List<Map.Entry<Integer, String>> d = new ArrayList<>();
    for (String c : connus) {
      int k = SchemaValidator.distance(nom, c);
      if (k <= 3) d.add(Map.entry(k, c));
    }
    d.sort(Map.Entry.<Integer, String>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
    List<String> r = new ArrayList<>();
    for (int i = 0; i < Math.min(3, d.size()); i++) r.add(d.get(i).getValue());
    return r;
  }

  /**
   * The « vouliez-vous dire » suggestion for an unknown name: {@code " ; vouliez-vous dire « a », « b » ?"}
   * with the {@link #proches known names closest} to {@code nom}, or the empty string when none is
   * close. Shared by every place that refuses an unknown parameter name (parameter files, scenarios,
   * {@code Evaluateur.Builder.surchargerParametres}).
   */
  public static String vouliezVousDire(String nom, java.util.Collection<String> connus) {
    List<String> r = proches(nom, connus);
    return r.isEmpty() ? "" : " ; vouliez-vous dire « " + String.join(" », « ", r) + " » ?";
  }

  /**
   * Why the override {@code nom} is refused when {@code declares} does not know it: French sentence
   * naming it, with the closest known names.
   */
  public static String surchargeInconnue(String nom, Parametres declares) {
    return "paramètre « " + nom + " » inconnu des règles : une surcharge remplace un paramètre existant"
        + vouliezVousDire(nom, declares.tous().stream().map(Parametre::nom).toList());
  }

  /**
   * Reads parameter files given as contents by file name (the name shown in errors; JSON when it
   * ends with {@code .json}, YAML otherwise), in the map's order, into one set.
   */
  public static Parametres readParametres(Map<String, byte[]> files) throws InvalidDocumentException {
    return readParametres(files, Parametres.vide());
  }

  /** {@link #readParametres(Map)} checked against the declarations of {@code declares}, as {@link #readParametres(List, Parametres)}. */
  public static Parametres readParametres(Map<String, byte[]> files, Parametres declares) throws InvalidDocumentException {
    ParameterCollector c = new ParameterCollector(declares);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      try {
        c.add(f.getKey(), f.getValue(), !f.getKey().toLowerCase(Locale.ROOT).endsWith(".json"));
      } catch (InvalidDocumentException e) {
        c.errors.addAll(e.errors());
      }
    }
    return c.result();
  }

  /**
   * The parameters of the law in force, bundled with the rules: every file listed in the
   * classpath index {@value #BUNDLED_PARAMETERS_INDEX} (shipped by ctg-rules), read with the
   * context class loader. An invalid bundled file is a build defect: {@link IllegalStateException}.
   */
  public static Parametres bundledParametres() {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    if (cl == null) {
      cl = DocumentReader.class.getClassLoader();
    }
    try {
      return lireIndex(cl, BUNDLED_PARAMETERS_INDEX, false);
    } catch (InvalidDocumentException e) {
      throw new IllegalStateException("paramètres embarqués invalides :\n" + e.getMessage(), e);
    }
  }

  /**
   * Reads every parameter file listed in the classpath resource {@code index} (one resource path a
   * line, relative to the class path root; blank lines and lines starting with {@code #} ignored).
   */
  public static Parametres readParametres(ClassLoader loader, String index) throws InvalidDocumentException {
    return lireIndex(loader, index, true);
  }

  /** {@link #readParametres(ClassLoader, String)}, each file checked against the JSON Schema or not. */
  private static Parametres lireIndex(ClassLoader loader, String index, boolean schema) throws InvalidDocumentException {
    ParameterCollector c = new ParameterCollector(Parametres.vide());
    c.schema = schema;
    for (String resource : indexLines(loader, index)) {
      byte[] bytes;
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          c.errors.add(new DocumentError("classpath:" + index, 0, 0, "$",
              "fichier de paramètres « " + resource + " » listé dans l'index mais absent du classpath"));
          continue;
        }
        bytes = in.readNBytes(TreeParser.MAX_BYTES + 1);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        c.add("classpath:" + resource, bytes, !resource.endsWith(".json"));
      } catch (InvalidDocumentException e) {
        c.errors.addAll(e.errors());
      }
    }
    return c.result();
  }

  private static List<String> indexLines(ClassLoader loader, String index) throws InvalidDocumentException {
    InputStream in = loader.getResourceAsStream(index);
    if (in == null) {
      throw new InvalidDocumentException(List.of(new DocumentError("classpath:" + index, 0, 0, "$",
          "index des paramètres introuvable dans le classpath")));
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.trim();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Accumulates parameters over several files, every error of every file reported at once. */
  private static final class ParameterCollector {
    final List<DocumentError> errors = new ArrayList<>();
    final Map<String, Parametre> parametres = new LinkedHashMap<>();
    final Map<String, String> definedIn = new LinkedHashMap<>();
    final Parametres declares;
    /** Whether every parameter must be one of {@link #declares} (an override, not a new definition). */
    final boolean surcharges;
    /** Whether each file is checked against the JSON Schema (false only for the bundled files). */
    boolean schema = true;

    ParameterCollector(Parametres declares) {
      this(declares, false);
    }

    ParameterCollector(Parametres declares, boolean surcharges) {
      this.declares = declares;
      this.surcharges = surcharges;
    }

    void add(String name, byte[] content, boolean yaml) throws InvalidDocumentException {
      LocatedTree tree = arbre(name, content, yaml, DocumentType.PARAMETERS, schema);
      List<DocumentError> local = new ArrayList<>();
      if (tree.root().size() < 2) {
        // only the schema key: a file meant to change parameters that changes none is a mistake
        throw new InvalidDocumentException(List.of(tree.atValue("", "fichier de paramètres vide : au moins un "
            + "paramètre est attendu après « schema » (ex. ao.seuil_rpe: {description, unite, type, valeurs})")));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = tree.root().fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("schema")) {
          continue;
        }
        String p = Pointers.child("", e.getKey());
        if (surcharges && declares.parametre(e.getKey()).isEmpty()) {
          local.add(tree.atKey(p, surchargeInconnue(e.getKey(), declares)));
          continue;
        }
        Optional<Parametre> parametre = parametre(tree, p, e.getKey(), e.getValue(), declares, local);
        if (parametre.isEmpty()) {
          continue;
        }
        String other = definedIn.putIfAbsent(e.getKey(), name);
        if (other != null) {
          local.add(tree.atKey(p, "paramètre « " + e.getKey() + " » déjà défini dans " + other));
        } else {
          parametres.put(e.getKey(), parametre.get());
        }
      }
      throwIfAny(local);
    }

    Parametres result() throws InvalidDocumentException {
      throwIfAny(errors);
      return Parametres.de(parametres.values());
    }
  }

  private static Optional<Parametre> parametre(LocatedTree tree, String p, String nom, JsonNode n,
      Parametres declares, List<DocumentError> errors) {
    TypeParametre type = TypeParametre.valueOf(n.get("type").asText());
    Domaine domaine = domaine(n.get("domaine"), type);
    ImmutableParametre.Builder b = ImmutableParametre.builder()
        .nom(nom)
        .description(n.get("description").asText())
        .unite(n.get("unite").asText())
        .type(type)
        .domaine(domaine);
    int before = errors.size();
    List<String> incoherences = domaine.incoherences(type);
    if (!incoherences.isEmpty()) {
      errors.add(tree.atValue(p + "/domaine", "domaine du paramètre « " + nom + " » incohérent : "
          + String.join(" ; ", incoherences)));
      return Optional.empty();
    }
    Optional<Parametre> declare = declares.parametre(nom);
    if (declare.isPresent()) {
      Optional<String> refus = Parametres.incompatibilite(declare.get(), type,  domaine);
      if (refus.isPresent()) {
        errors.add(tree.atValue(p + (declare.get().type() != type ? "/type" : "/domaine"), refus.get()));
        return Optional.empty();
      }
    }
    // the parameter as declared by itself, to say which values its domain refuses
    Parametre seul = ImmutableParametre.builder().nom(nom).description("").unite(n.get("unite").asText())
        .type(type).domaine(domaine).build();
    JsonNode valeurs = n.get("valeurs");
    LocalDate previousStart = null;
    Optional<LocalDate> previousEnd = Optional.empty();
    for (int i = 0; i < valeurs.size(); i++) {
      JsonNode v = valeurs.get(i);
      String vp = p + "/valeurs/" + i;
      LocalDate depuis = LocalDate.parse(v.get("depuis").asText());
      Optional<LocalDate> jusquAu = text(v, "jusquAu").map(LocalDate::parse);
      if (jusquAu.isPresent() && jusquAu.get().isBefore(depuis)) {
        errors.add(tree.atValue(vp + "/jusquAu", "la date de fin (" + jusquAu.get()
            + ") précède la date de début (" + depuis + ")"));
        continue;
      }
      if (previousStart != null && !depuis.isAfter(previousStart)) {
        errors.add(tree.atValue(vp + "/depuis", "les valeurs doivent être rangées par date de début strictement croissante : "
            + depuis + " suit " + previousStart));
        continue;
      }
      if (previousEnd.isPresent() && !depuis.isAfter(previousEnd.get())) {
        errors.add(tree.atValue(vp + "/depuis", "cette valeur commence le " + depuis
            + " alors que la précédente court jusqu'au " + previousEnd.get() + " inclus"));
        continue;
      }
      previousStart = depuis;
      previousEnd = jusquAu;
      JsonNode r = v.get("reference");
      ImmutableReference.Builder ref = ImmutableReference.builder().texte(r.get("texte").asText());
      text(r, "url").ifPresent(ref::url);
      text(r, "datePublication").map(LocalDate::parse).ifPresent(ref::datePublication);
      ImmutableValeurParametre.Builder vb = ImmutableValeurParametre.builder()
          .depuis(depuis).jusquAu(jusquAu).reference(ref.build());
      JsonNode valeur = v.get("valeur");
      switch (type) {
        case NOMBRE:
          vb.nombre(valeur.decimalValue());
          break;
        case MONTANT:
          vb.nombre(valeur.decimalValue().setScale(2, RoundingMode.UNNECESSARY));
          break;
        case DATE:
          vb.date(LocalDate.parse(valeur.asText()));
          break;
        case TEXTE:
          vb.texte(valeur.asText());
          break;
        default:
          throw new IllegalStateException("type de paramètre non traité : " + type);
      }
      ValeurParametre valeurParametre = vb.build();
      // the declared domain first (the file's own, if any, lies within it), then the file's own
      Parametre juge = declare.orElse(seul);
      Optional<String> refus = juge.refus(valeurParametre);
      if (refus.isEmpty() && juge != seul) {
        juge = seul;
        refus = seul.refus(valeurParametre);
      }
      if (refus.isPresent()) {
        errors.add(tree.atValue(vp + "/valeur", Parametres.horsDomaine(juge, valeur.asText(), refus.get())
            + (juge == seul ? "" : " ; domaine déclaré par les règles, que respecte un fichier qui remplace ce paramètre")));
        continue;
      }
      b.addValeur(valeurParametre);
    }
    if (errors.size() != before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      // every invariant of Parametre is checked above with a position; this is a last guard
      errors.add(tree.atValue(p, e.getMessage()));
      return Optional.empty();
    }
  }

  /** The {@code domaine} of a parameter as written (schema-valid), or the free domain when absent. */
  private static Domaine domaine(JsonNode d, TypeParametre type) {
    if (d == null || d.isNull()) {
      return Domaine.libre();
    }
    ImmutableDomaine.Builder b = ImmutableDomaine.builder();
    if (type == TypeParametre.DATE) {
      text(d, "min").map(LocalDate::parse).ifPresent(b::dateMin);
      text(d, "max").map(LocalDate::parse).ifPresent(b::dateMax);
    } else {
      if (d.hasNonNull("min")) b.min(d.get("min").decimalValue());
      if (d.hasNonNull("max")) b.max(d.get("max").decimalValue());
    }
    if (d.hasNonNull("decimales")) b.decimales(d.get("decimales").intValue());
    if (d.has("valeurs")) d.get("valeurs").forEach(v -> b.addValeur(v.asText()));
    return b.build();
  }

  // ---------------------------------------------------------------- detection and validation only

  /**
   * Reads the catalogue of the source documents ({@code ctg-sources/1}, generated by
   * {@code ctg-rules/tools/generer-sources.py}), checked against its schema.
   */
  public static fr.ctg.textes.CatalogueSources readSources(Path file) throws InvalidDocumentException {
    return readSources(file.toString(), read(file));
  }

  /** {@link #readSources(Path)} from contents ({@code name} is shown in errors; JSON when it ends with {@code .json}). */
  public static fr.ctg.textes.CatalogueSources readSources(String name, byte[] content) throws InvalidDocumentException {
    return lireSources(name, content, true);
  }

  /**
   * {@link #readSources(String, byte[])} for the catalogue shipped in a jar, whose conformance to its
   * JSON Schema the build's tests check: read without the schema pass, which cost each start of a
   * command a quarter of a second with the parameters and texts (docs/performance.md).
   */
  public static fr.ctg.textes.CatalogueSources readSourcesEmbarquees(String name, byte[] content)
      throws InvalidDocumentException {
    return lireSources(name, content, false);
  }

  /**
   * The tree of a document ({@code name}: JSON when it ends with {@code .json}, YAML otherwise),
   * checked against the schema of {@code type} unless it is a document shipped in a jar, which the
   * build's tests check ({@code schema} false).
   */
  private static LocatedTree arbre(String name, byte[] content, DocumentType type, boolean schema)
      throws InvalidDocumentException {
    return arbre(name, content, !name.toLowerCase(Locale.ROOT).endsWith(".json"), type, schema);
  }

  /** {@link #arbre(String, byte[], DocumentType, boolean)}, YAML or JSON as {@code yaml} says. */
  private static LocatedTree arbre(String name, byte[] content, boolean yaml, DocumentType type, boolean schema)
      throws InvalidDocumentException {
    return schema ? validated(name, content, yaml, type) : TreeParser.parse(name, content, yaml);
  }

  private static fr.ctg.textes.CatalogueSources lireSources(String name, byte[] content, boolean schema)
      throws InvalidDocumentException {
    LocatedTree tree = arbre(name, content, DocumentType.SOURCES, schema);
    List<fr.ctg.textes.DocumentSource> docs = new ArrayList<>();
    for (JsonNode d : tree.root().get("documents")) {
      List<fr.ctg.textes.DocumentSource.Section> sections = new ArrayList<>();
      for (JsonNode s : d.get("sections")) {
        sections.add(new fr.ctg.textes.DocumentSource.Section(s.get("debut").intValue(), s.get("titre").asText(),
            s.has("page") ? java.util.OptionalInt.of(s.get("page").intValue()) : java.util.OptionalInt.empty()));
      }
      Map<String, String> passages = new LinkedHashMap<>();
      for (JsonNode p : d.get("passages")) passages.put(p.get("lignes").asText(), p.get("texte").asText());
      docs.add(new fr.ctg.textes.DocumentSource(d.get("fichier").asText(), d.get("titre").asText(), d.get("date").asText(),
          d.get("version").asText(), d.get("signataires").asText(), d.get("lignes").intValue(), sections, passages));
    }
    return fr.ctg.textes.CatalogueSources.of(docs);
  }

  /**
   * Reads the legal texts the rules cite ({@code ctg-legifrance/1}): codes, articles with their versions,
   * laws and decrees; checked against its schema; an article whose code is not listed, or whose versions
   * overlap, is an error at its line.
   */
  public static fr.ctg.textes.TextesJuridiques readLegifrance(Path file) throws InvalidDocumentException {
    return readLegifrance(file.toString(), read(file));
  }

  /** {@link #readLegifrance(Path)} from contents ({@code name} is shown in errors; JSON when it ends with {@code .json}). */
  public static fr.ctg.textes.TextesJuridiques readLegifrance(String name, byte[] content) throws InvalidDocumentException {
    return lireLegifrance(name, content, true);
  }

  /**
   * {@link #readLegifrance(String, byte[])} for the table shipped in a jar, whose conformance to its
   * JSON Schema the build's tests check: read without the schema pass, like the other shipped documents
   * ({@link #readSourcesEmbarquees}).
   */
  public static fr.ctg.textes.TextesJuridiques readLegifranceEmbarquee(String name, byte[] content)
      throws InvalidDocumentException {
    return lireLegifrance(name, content, false);
  }

  private static fr.ctg.textes.TextesJuridiques lireLegifrance(String name, byte[] content, boolean schema)
      throws InvalidDocumentException {
    LocatedTree tree = arbre(name, content, DocumentType.LEGIFRANCE, schema);
    JsonNode racine = tree.root();
    Map<String, fr.ctg.textes.TextesJuridiques.Code> codes = new LinkedHashMap<>();
    racine.get("codes").fields().forEachRemaining(e -> codes.put(e.getKey(), new fr.ctg.textes.TextesJuridiques.Code(
        e.getKey(), e.getValue().get("titre").asText(), e.getValue().get("legitext").asText(),
        e.getValue().get("verification").asText())));
    List<DocumentError> errors = new ArrayList<>();
    List<fr.ctg.textes.TextesJuridiques.Article> articles = new ArrayList<>();
    for (java.util.Iterator<Map.Entry<String, JsonNode>> it = racine.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String p = "/articles/" + e.getKey();
      JsonNode a = e.getValue();
      fr.ctg.textes.TextesJuridiques.Code code = codes.get(a.get("code").asText());
      if (code == null) {
        errors.add(tree.atValue(p + "/code", "code « " + a.get("code").asText() + " » absent de codes"));
        continue;
      }
      List<fr.ctg.textes.TextesJuridiques.Version> versions = new ArrayList<>();
      for (JsonNode v : a.get("versions")) {
        List<fr.ctg.textes.TextesJuridiques.EffetDiffere> differes = new ArrayList<>();
        if (v.has("effetsDifferes")) {
          for (JsonNode d : v.get("effetsDifferes")) {
            differes.add(new fr.ctg.textes.TextesJuridiques.EffetDiffere(d.get("partie").asText(),
                LocalDate.parse(d.get("depuis").asText()), text(d, "parametre"), d.get("verification").asText()));
          }
        }
        versions.add(new fr.ctg.textes.TextesJuridiques.Version(LocalDate.parse(v.get("depuis").asText()),
            text(v, "jusquAu").map(LocalDate::parse), v.get("issueDe").asText(), v.get("creation").booleanValue(),
            v.get("lecture").booleanValue(),
            v.get("verification").asText(), text(v, "parametre"), differes));
      }
      try {
        articles.add(new fr.ctg.textes.TextesJuridiques.Article(e.getKey(), code, text(a, "legiarti"),
            a.get("verification").asText(), versions));
      } catch (IllegalArgumentException x) {
        errors.add(tree.atValue(p + "/versions", x.getMessage()));
      }
    }
    List<fr.ctg.textes.TextesJuridiques.TexteOfficiel> textes = new ArrayList<>();
    racine.get("textes").fields().forEachRemaining(e -> textes.add(new fr.ctg.textes.TextesJuridiques.TexteOfficiel(
        e.getKey(), e.getValue().get("titre").asText(), text(e.getValue(), "publication").map(LocalDate::parse),
        text(e.getValue(), "eli"), e.getValue().get("verification").asText())));
    throwIfAny(errors);
    return fr.ctg.textes.TextesJuridiques.of(articles, textes);
  }

  public static fr.ctg.textes.RecueilTextes readTextes(Path file) throws InvalidDocumentException {
    return readTextes(Map.of(file.toString(), read(file)));
  }

  /**
   * Reads the scope of the texts ({@code ctg-textes/1}) from contents by file name (the name shown
   * in errors; JSON when it ends with {@code .json}, YAML otherwise), every error of every file at
   * once; a text id given twice, or a collectivity listed twice for the same text and overlapping
   * periods, is an error.
   */
  public static fr.ctg.textes.RecueilTextes readTextes(Map<String, byte[]> files) throws InvalidDocumentException {
    return lireTextes(files, true);
  }

  /**
   * {@link #readTextes(Map)} for files shipped in a jar, whose conformance to their JSON Schema the
   * build's tests check: read and checked for coherence without the schema pass
   * ({@link #readSourcesEmbarquees}).
   */
  public static fr.ctg.textes.RecueilTextes readTextesEmbarques(Map<String, byte[]> files) throws InvalidDocumentException {
    return lireTextes(files, false);
  }

  private static fr.ctg.textes.RecueilTextes lireTextes(Map<String, byte[]> files, boolean schema)
      throws InvalidDocumentException {
    List<DocumentError> errors = new ArrayList<>();
    List<fr.ctg.textes.Texte> textes = new ArrayList<>();
    Map<String, String> definiDans = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      try {
        LocatedTree tree = arbre(f.getKey(), f.getValue(), DocumentType.TEXTES, schema);
        JsonNode liste = tree.root().get("textes");
        for (int i = 0; i < liste.size(); i++) {
          String p = "/textes/" + i;
          fr.ctg.textes.Texte t;
          try {
            t = Mappers.JSON.treeToValue(liste.get(i), fr.ctg.textes.Texte.class);
          } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            errors.add(tree.atValue(p, "valeur incohérente : " + cause.getMessage()));
            continue;
          }
          String deja = definiDans.putIfAbsent(t.id(), tree.display(p + "/id"));
          if (deja != null) {
            errors.add(tree.atValue(p + "/id", "texte « " + t.id() + " » déjà défini (voir " + deja + ")"));
            continue;
          }
          List<fr.ctg.textes.ChampTerritorial> champs = t.champTerritorial();
          for (int a = 0; a < champs.size(); a++) {
            for (int b = 0; b < a; b++) {
              fr.ctg.textes.ChampTerritorial x = champs.get(a);
              fr.ctg.textes.ChampTerritorial y = champs.get(b);
              if (!overlap(x.depuis(), x.jusquAu(), y.depuis(), y.jusquAu())) continue;
              for (String c : x.collectivites()) {
                if (y.collectivites().contains(c)) {
                  errors.add(tree.atValue(p + "/champTerritorial/" + a, "la collectivité « " + c
                      + " » a déjà une entrée sur une période qui chevauche celle-ci (voir "
                      + tree.display(p + "/champTerritorial/" + b) + ")"));
                }
              }
            }
          }
          textes.add(t);
        }
      } catch (InvalidDocumentException e) {
        errors.addAll(e.errors());
      }
    }
    throwIfAny(errors);
    return fr.ctg.textes.RecueilTextes.of(textes);
  }

  /**
   * The type of {@code file}: {@link DocumentType#POPULATIONS} for {@code .csv}, otherwise the
   * value of its {@code schema} key. Throws when the file cannot be read or parsed, or when its
   * {@code schema} key is absent or unknown.
   */
  public static DocumentType detect(Path file) throws InvalidDocumentException {
    if (extension(file).equals("csv")) {
      return DocumentType.POPULATIONS;
    }
    LocatedTree tree = TreeParser.parse(file.toString(), read(file), isYaml(file));
    JsonNode schema = tree.root().isObject() ? tree.root().get("schema") : null;
    if (schema == null) {
      throw new InvalidDocumentException(List.of(tree.atValue("", "clé « schema » absente : le type du document "
          + "est inconnu (attendu : " + knownSchemaKeys() + ")")));
    }
    Optional<DocumentType> t = DocumentType.ofSchemaKey(schema.asText());
    if (t.isEmpty()) {
      throw new InvalidDocumentException(List.of(tree.atValue("/schema", "type de document « " + schema.asText()
          + " » inconnu (attendu : " + knownSchemaKeys() + ")")));
    }
    return t.get();
  }

  /** Checks {@code file} against the JSON Schema of {@code type} only (no binding, no semantic check). */
  public static void validateSchema(Path file, DocumentType type) throws InvalidDocumentException {
    validated(file.toString(), read(file), isYaml(file), type);
  }

  /** The text of the JSON Schema of {@code type}, as shipped in the jar. */
  public static String schemaText(DocumentType type) {
    String f = type.schemaFile().orElseThrow(() -> new IllegalArgumentException(type + " n'a pas de schéma JSON"));
    try (InputStream in = SchemaValidator.open(f)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String knownSchemaKeys() {
    List<String> keys = new ArrayList<>();
    for (DocumentType t : DocumentType.values()) {
      t.schemaKey().ifPresent(keys::add);
    }
    return String.join(", ", keys);
  }

  // ---------------------------------------------------------------- plumbing

  private static LocatedTree validated(String name, byte[] content, boolean yaml, DocumentType type)
      throws InvalidDocumentException {
    LocatedTree tree = TreeParser.parse(name, content, yaml);
    throwIfAny(SchemaValidator.validate(tree, type.schemaFile().orElseThrow()));
    return tree;
  }

  private static <T> T bind(LocatedTree tree, Class<T> type) throws InvalidDocumentException {
    try {
      return Mappers.JSON.treeToValue(tree.root(), type);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new InvalidDocumentException(List.of(tree.atValue(pointer(e), "valeur incohérente : " + cause.getMessage())));
    } catch (JsonMappingException e) {
      throw new InvalidDocumentException(List.of(tree.atValue(pointer(e),
          "valeur non conforme au modèle : " + e.getOriginalMessage())));
    } catch (JsonProcessingException e) {
      throw new InvalidDocumentException(List.of(tree.atValue("", "lecture impossible : " + e.getOriginalMessage())));
    }
  }

  private static String pointer(JsonMappingException e) {
    String p = "";
    for (JsonMappingException.Reference r : e.getPath()) {
      p = r.getFieldName() != null ? Pointers.child(p, r.getFieldName()) : Pointers.child(p, r.getIndex());
    }
    return p;
  }

  private static void checkExtension(String name) throws InvalidDocumentException {
    String ext = extension(name);
    if (!ext.equals("yaml") && !ext.equals("yml") && !ext.equals("json")) {
      throw new InvalidDocumentException(List.of(new DocumentError(name, 0, 0, "$",
          "extension « ." + ext + " » non prise en charge : .yaml, .yml ou .json attendu")));
    }
  }

  /** At most {@link TreeParser#MAX_BYTES} of {@code in}, read to its end, not closed. */
  private static byte[] read(String name, InputStream in) throws InvalidDocumentException {
    java.util.Objects.requireNonNull(in, "in");
    checkExtension(name);
    try {
      byte[] content = in.readNBytes(TreeParser.MAX_BYTES + 1);
      if (content.length > TreeParser.MAX_BYTES) {
        throw new InvalidDocumentException(List.of(new DocumentError(name, 1, 1, "$",
            "document trop volumineux (plus de " + TreeParser.MAX_BYTES + " octets) : la limite est de "
                + TreeParser.MAX_BYTES + " octets")));
      }
      return content;
    } catch (IOException e) {
      throw new InvalidDocumentException(List.of(new DocumentError(name, 0, 0, "$",
          "lecture impossible : " + e.getMessage())));
    }
  }

  /** The characters of {@code in} as UTF-8, within the same limit. */
  private static byte[] read(String name, Reader in) throws InvalidDocumentException {
    java.util.Objects.requireNonNull(in, "in");
    checkExtension(name);
    try {
      StringBuilder b = new StringBuilder();
      char[] tampon = new char[8192];
      for (int n; (n = in.read(tampon)) >= 0; ) {
        b.append(tampon, 0, n);
        // a char is at least one UTF-8 byte: past the limit in chars, past it in bytes
        if (b.length() > TreeParser.MAX_BYTES) break;
      }
      byte[] content = b.toString().getBytes(StandardCharsets.UTF_8);
      if (content.length > TreeParser.MAX_BYTES) {
        throw new InvalidDocumentException(List.of(new DocumentError(name, 1, 1, "$",
            "document trop volumineux (plus de " + TreeParser.MAX_BYTES + " octets) : la limite est de "
                + TreeParser.MAX_BYTES + " octets")));
      }
      return content;
    } catch (IOException e) {
      throw new InvalidDocumentException(List.of(new DocumentError(name, 0, 0, "$",
          "lecture impossible : " + e.getMessage())));
    }
  }

  private static byte[] read(Path file) throws InvalidDocumentException {
    String name = file.toString();
    checkExtension(name);
    try {
      long size = Files.size(file);
      if (size > TreeParser.MAX_BYTES) {
        throw new InvalidDocumentException(List.of(new DocumentError(name, 1, 1, "$",
            "fichier trop volumineux (" + size + " octets) : la limite est de " + TreeParser.MAX_BYTES + " octets")));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InvalidDocumentException(List.of(new DocumentError(name, 0, 0, "$", "fichier introuvable")));
    } catch (IOException e) {
      throw new InvalidDocumentException(List.of(new DocumentError(name, 0, 0, "$",
          "lecture impossible : " + e.getMessage())));
    }
  }

  private static boolean isYaml(Path file) {
    return !extension(file).equals("json");
  }

  private static boolean isYaml(String name) {
    return !extension(name).equals("json");
  }

  private static String extension(Path file) {
    return extension(file.getFileName() == null ? "" : file.getFileName().toString());
  }

  private static String extension(String name) {
    String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static Optional<String> text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  private static boolean overlap(LocalDate d1, Optional<LocalDate> f1, LocalDate d2, Optional<LocalDate> f2) {
    return !f1.map(d2::isAfter).orElse(false) && !f2.map(d1::isAfter).orElse(false);
  }

  private static void throwIfAny(List<DocumentError> errors) throws InvalidDocumentException {
    if (!errors.isEmpty()) {
      throw new InvalidDocumentException(errors);
    }
  }
}
