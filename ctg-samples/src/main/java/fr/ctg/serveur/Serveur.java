package fr.ctg.serveur;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.ctg.convention.Convention;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.eligibilite.EntreesAO;
import fr.ctg.eligibilite.EntreesBonus;
import fr.ctg.eligibilite.Evaluateur;
import fr.ctg.eligibilite.OptionsObligations;
import fr.ctg.eligibilite.SelectionInvalideException;
import fr.ctg.regles.LimiteDepasseeException;
import fr.ctg.eligibilite.SelectionTerritoire;
import fr.ctg.eligibilite.report.HtmlReport;
import fr.ctg.eligibilite.report.JsonReport;
import fr.ctg.parametres.Parametres;
import fr.ctg.rapport.Rapport;
import fr.ctg.regles.RegleInfo;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleProblem;
import fr.ctg.regles.RuleSource;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ctg serve}: a local web page and a REST API over the engine, on Javalin (Jetty 12).
 *
 * <p>The API ({@code /v1}, described by {@code GET /v1/openapi.json}) answers with the very bytes
 * of {@code ctg check|obligations|bonus --format json} for the same input, and refuses bad input
 * with an RFC 9457 problem carrying the CLI's positioned French errors. The page ({@code /})
 * uploads or pastes a convention, or picks a territory and a date, and shows the HTML report of
 * {@link HtmlReport}.
 *
 * <p>Limits ({@link Limites}): body size, time to answer, evaluations at once and waiting. Nothing
 * is written to disk: bodies and uploads are read in memory (the multipart in-memory threshold is
 * the size limit). With an expert's rule directory, the rules are reloaded when it changes
 * ({@link SurveillanceRegles}); each request runs on the base serving when it starts.
 */
public final class Serveur implements AutoCloseable {
  /** The API's routes, as {@code METHOD path}: the ones {@code openapi.json} must describe, no more, no less. */
  public static final List<String> ROUTES_API = List.of(
      "GET /v1/openapi.json", "GET /v1/regles", "POST /v1/check", "GET /v1/obligations", "POST /v1/bonus");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String TYPE_JSON = "application/json; charset=utf-8";
  private static final String TYPE_HTML = "text/html; charset=utf-8";

  private final RuleSource source;
  private final Optional<Parametres> surcharges;
  private final Limites limites;
  private final Evaluations evaluations;
  private final SurveillanceRegles surveillance;
  private final PrintWriter journal;
  private final AtomicReference<Moteur> moteur = new AtomicReference<>();
  private final Javalin app;

  /** The engine for one rule base: the base is kept to render the HTML report with its rule titles. */
  private record Moteur(RuleBase base, Evaluateur evaluateur) {}

  private Serveur(Configuration c) {
    this.source = c.source;
    this.surcharges = c.surcharges;
    this.limites = c.limites;
    this.journal = c.journal;
    this.evaluations = new Evaluations(limites);
    this.surveillance = c.dossierRegles == null ? null : new SurveillanceRegles(c.dossierRegles, source, journal);
    this.app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.maxRequestSize = limites.tailleMax();
      config.http.prefer405over404 = true;
      config.jetty.host = c.hote;
      config.jetty.port = c.port;
      // uploads stay in memory: the in-memory threshold is the size limit itself
      int taille = (int) limites.tailleMax();
      config.jetty.multipartConfig.maxInMemoryFileSize(taille, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxFileSize(taille, SizeUnit.BYTES);
      config.jetty.multipartConfig.maxTotalRequestSize(taille, SizeUnit.BYTES);
      if (c.cacheMultipart != null) config.jetty.multipartConfig.cacheDirectory(c.cacheMultipart.toString());

      route(config.routes::addHttpHandler, HandlerType.GET, "/v1/openapi.json", ctx -> ressource(ctx, "openapi.json", TYPE_JSON));
      route(config.routes::addHttpHandler, HandlerType.GET, "/v1/regles", this::regles);
      route(config.routes::addHttpHandler, HandlerType.POST, "/v1/check", this::check);
      route(config.routes::addHttpHandler, HandlerType.GET, "/v1/obligations", this::obligations);
      route(config.routes::addHttpHandler, HandlerType.POST, "/v1/bonus", this::bonus);
      config.routes.get("/", ctx -> ressource(ctx, "page.html", TYPE_HTML));
      config.routes.post("/rapport", this::pageCheck);
      config.routes.get("/rapport/obligations", this::pageObligations);

      config.routes.exception(Probleme.class, (e, ctx) -> repondre(ctx, e));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> repondre(ctx, traduire(e, ctx)));
      config.routes.exception(Exception.class, (e, ctx) -> {
        journal.println("ctg serve : erreur interne sur " + ctx.method() + " " + ctx.path() + " : " + e);
        journal.flush();
        repondre(ctx, Probleme.interne());
      });
      config.routes.error(404, "*", ctx -> {
        if (ctx.result() == null) repondre(ctx, Probleme.route(404, ctx.method().name(), ctx.path()));
      });
      config.routes.error(405, "*", ctx -> repondre(ctx, Probleme.route(405, ctx.method().name(), ctx.path())));
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      evaluations.close();
      if (surveillance != null) surveillance.close();
      throw e;
    }
  }

  private interface Inscription {
    void ajouter(HandlerType methode, String chemin, Handler h);
  }

  private static void route(Inscription routes, HandlerType methode, String chemin, Handler h) {
    if (!ROUTES_API.contains(methode.name() + " " + chemin)) {
      throw new IllegalStateException("route absente de ROUTES_API : " + methode + " " + chemin);
    }
    routes.ajouter(methode, chemin, h);
  }

  /** A configuration to start a server with; {@link Configuration#demarrer()} binds and starts it. */
  public static Configuration configuration(RuleSource source) {
    return new Configuration(source);
  }

  /** The port the server listens on (the one chosen by the system when started on port 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    evaluations.close();
    if (surveillance != null) surveillance.close();
  }

  // ------------------------------------------------------------------ API

  private void check(Context ctx) {
    Document d = document(ctx);
    parametresConnus(ctx, Set.of("date", "fichier"));
    Optional<LocalDate> date = date(ctx, "date", false);
    json(ctx, evaluer(m -> {
      Convention c = d.convention();
      return JsonReport.render(m.evaluateur().verifier(c, date.orElse(c.dateDebut())));
    }));
  }

  private void obligations(Context ctx) {
    parametresConnus(ctx, Set.of("commune", "epci", "departement", "date", "inclure-non-applicables"));
    SelectionTerritoire selection = selection(ctx);
    LocalDate date = date(ctx, "date", true).orElseThrow();
    boolean inclure = booleen(ctx, "inclure-non-applicables");
    json(ctx, evaluer(m -> JsonReport.render(m.evaluateur().obligations(selection, date, EntreesAO.aucune(), OptionsObligations.parDefaut().nonApplicables(inclure)))));
  }

  private void bonus(Context ctx) {
    Document d = document(ctx);
    parametresConnus(ctx, Set.of("annee", "enveloppe", "poids-par-defaut", "fin-premiere-ctg", "fichier"));
    String texteAnnee = ctx.queryParam("annee");
    if (texteAnnee == null || texteAnnee.isBlank()) throw Probleme.parametre("annee", "paramètre annee obligatoire (ex. annee=2026)");
    int annee;
    try {
      annee = Integer.parseInt(texteAnnee.strip());
    } catch (NumberFormatException e) {
      throw Probleme.parametre("annee", "annee : année invalide « " + texteAnnee + " » (ex. 2026)");
    }
    Optional<BigDecimal> enveloppe = Optional.ofNullable(ctx.queryParam("enveloppe")).map(v -> euros(v, "enveloppe"));
    fr.ctg.eligibilite.ImmutableEntreesBonus.Builder entrees = EntreesBonus.builder();
    Optional.ofNullable(ctx.queryParam("poids-par-defaut")).map(v -> euros(v, "poids-par-defaut")).ifPresent(entrees::poidsParDefaut);
    date(ctx, "fin-premiere-ctg", false).ifPresent(entrees::dateFinPremiereCtg);
    EntreesBonus e = entrees.build();
    json(ctx, evaluer(m -> JsonReport.render(m.evaluateur().bonus(d.convention(), annee, enveloppe, e))));
  }

  private void regles(Context ctx) throws JsonProcessingException {
    RuleBase base = source.current();
    Map<String, Object> corps = new LinkedHashMap<>();
    corps.put("source", base.source());
    corps.put("empreinte", base.empreinte());
    corps.put("nombre", base.nombre());
    List<Map<String, Object>> regles = new ArrayList<>();
    base.regles().stream().sorted(Comparator.comparing(RegleInfo::id)).forEach(r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("titre", r.titre());
      m.put("fondement", r.fondement());
      r.url().ifPresent(u -> m.put("url", u));
      m.put("source", fr.ctg.regles.SourcesCitees.citer(r.source()));
      regles.add(m);
    });
    corps.put("regles", regles);
    if (surveillance != null) {
      SurveillanceRegles.Rechargement r = surveillance.dernier();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("dossier", surveillance.dossier().toString());
      m.put("essais", r.essais());
      if (r.essais() > 0) {
        m.put("remplacee", r.remplacee());
        m.put("problemes", r.problemes().stream().map(RuleProblem::toString).toList());
      }
      corps.put("rechargement", m);
    }
    ctx.contentType(TYPE_JSON).result(JSON.writeValueAsString(corps) + "\n");
  }

  // ------------------------------------------------------------------ page

  private void pageCheck(Context ctx) {
    long annonce = ctx.req().getContentLengthLong();
    if (annonce > limites.tailleMax()) throw Probleme.tropGrand(limites.tailleMax());
    Document d;
    UploadedFile fichier;
    String texte;
    Optional<LocalDate> date;
    try {
      fichier = ctx.uploadedFile("convention");
      texte = ctx.formParam("texte");
      date = Optional.ofNullable(ctx.formParam("date")).filter(s -> !s.isBlank()).map(s -> jour(s, "date"));
    } catch (IllegalStateException e) { // Jetty's multipart limits
      throw Probleme.tropGrand(limites.tailleMax());
    }
    if (fichier != null && fichier.size() > 0) {
      String nom = nomDeFichier(fichier.filename());
      d = new Document(nom, lire(fichier), !nom.toLowerCase(Locale.ROOT).endsWith(".json"));
    } else if (texte != null && !texte.isBlank()) {
      boolean json = texte.stripLeading().startsWith("{");
      d = new Document(json ? "texte-colle.json" : "texte-colle.ctg.yaml", texte.getBytes(StandardCharsets.UTF_8), !json);
    } else {
      throw Probleme.parametre("convention", "choisissez un fichier de convention ou collez son texte");
    }
    html(ctx, evaluer(m -> {
      Convention c = d.convention();
      return HtmlReport.render(m.evaluateur().verifier(c, date.orElse(c.dateDebut())), m.base());
    }));
  }

  private void pageObligations(Context ctx) {
    SelectionTerritoire selection = selection(ctx);
    LocalDate date = date(ctx, "date", true).orElseThrow();
    html(ctx, evaluer(m -> {
      Rapport r = m.evaluateur().obligations(selection, date, EntreesAO.aucune());
      return HtmlReport.render(r, m.base());
    }));
  }

  // ------------------------------------------------------------------ inputs

  /** A convention received in memory, with the name its errors are reported under. */
  private record Document(String nom, byte[] octets, boolean yaml) {
    Convention convention() throws InvalidDocumentException {
      return DocumentReader.readConvention(nom, octets, yaml, DocumentReader.communeNationale());
    }
  }

  /**
   * The body as a convention: YAML or JSON by Content-Type, else by the {@code fichier} name, as the
   * CLI does by extension. The body is read first, before anything is refused: a server that answers
   * while the client is still sending makes the client lose the answer (the connection is closed
   * under it), so the POST routes call this before checking their query parameters.
   */
  private Document document(Context ctx) {
    byte[] corps = corps(ctx);
    String nom = Optional.ofNullable(ctx.queryParam("fichier")).map(Serveur::nomDeFichier).orElse(null);
    String type = Optional.ofNullable(ctx.contentType()).map(t -> t.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)).orElse("");
    Boolean yaml;
    if (type.equals("application/json") || type.endsWith("+json")) {
      yaml = false;
    } else if (Set.of("application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml").contains(type)) {
      yaml = true;
    } else if (type.isEmpty() || type.equals("text/plain") || type.equals("application/octet-stream")) {
      yaml = nom == null || !nom.toLowerCase(Locale.ROOT).endsWith(".json");
    } else {
      throw Probleme.typeNonPrisEnCharge(type);
    }
    if (nom == null) nom = yaml ? "convention.ctg.yaml" : "convention.json";
    return new Document(nom, corps, yaml);
  }

  /** The body, read in memory, at most {@link Limites#tailleMax()} bytes (whatever Content-Length says). */
  private byte[] corps(Context ctx) {
    long max = limites.tailleMax();
    try (InputStream in = ctx.req().getInputStream()) {
      if (ctx.req().getContentLengthLong() > max) {
        ecarter(in, ctx.req().getContentLengthLong() <= ECART_MAX_FACTEUR * max ? ECART_MAX_FACTEUR * max : 0);
        throw Probleme.tropGrand(max);
      }
      byte[] octets = in.readNBytes((int) max + 1);
      if (octets.length > max) {
        ecarter(in, ECART_MAX_FACTEUR * max);
        throw Probleme.tropGrand(max);
      }
      return octets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How much of a refused body is read and dropped, as a multiple of the size limit. */
  private static final long ECART_MAX_FACTEUR = 4;

  /**
   * Reads and drops at most {@code borne} more bytes of a body refused as too large, so that a
   * client still sending it reads the 413 rather than a connection reset (a server that closes with
   * unread bytes makes TCP discard its answer). Beyond the bound the connection is simply closed.
   */
  private static void ecarter(InputStream in, long borne) throws IOException {
    byte[] tampon = new byte[8192];
    long lus = 0;
    int n;
    while (lus < borne && (n = in.read(tampon, 0, (int) Math.min(tampon.length, borne - lus))) > 0) {
      lus += n;
    }
  }

  private byte[] lire(UploadedFile f) {
    if (f.size() > limites.tailleMax()) throw Probleme.tropGrand(limites.tailleMax());
    try (InputStream in = f.content()) {
      return in.readNBytes((int) limites.tailleMax() + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A name for error messages only (never a path the server opens): printable, at most 200 characters. */
  private static String nomDeFichier(String nom) {
    String n = nom == null ? "" : nom.replaceAll("\\p{Cntrl}", "").strip();
    if (n.length() > 200) n = n.substring(0, 200);
    return n.isEmpty() ? "convention.ctg.yaml" : n;
  }

  private static void parametresConnus(Context ctx, Set<String> connus) {
    for (String p : ctx.queryParamMap().keySet()) {
      if (!connus.contains(p)) {
        throw Probleme.parametre(p, "paramètre inconnu « " + p + " » ; paramètres admis : " + String.join(", ", connus.stream().sorted().toList()));
      }
    }
  }

  /** commune= (one or more, also comma-separated), epci= or departement=: exactly one, normalised as the CLI does. */
  private static SelectionTerritoire selection(Context ctx) {
    List<String> communes = new ArrayList<>();
    for (String v : ctx.queryParams("commune")) {
      for (String c : v.split(",")) if (!c.isBlank()) communes.add(c.strip().toUpperCase(Locale.ROOT));
    }
    String epci = Optional.ofNullable(ctx.queryParam("epci")).filter(s -> !s.isBlank()).orElse(null);
    String departement = Optional.ofNullable(ctx.queryParam("departement")).filter(s -> !s.isBlank()).orElse(null);
    int n = (communes.isEmpty() ? 0 : 1) + (epci != null ? 1 : 0) + (departement != null ? 1 : 0);
    if (n != 1) {
      throw Probleme.parametre("commune", "indiquez exactement un territoire : commune (code INSEE), epci (SIREN) ou departement (code)");
    }
    return departement != null ? SelectionTerritoire.departement(departement.strip().toUpperCase(Locale.ROOT))
        : epci != null ? SelectionTerritoire.epci(epci.strip())
        : SelectionTerritoire.communes(communes);
  }

  private static Optional<LocalDate> date(Context ctx, String nom, boolean obligatoire) {
    String v = ctx.queryParam(nom);
    if (v == null || v.isBlank()) {
      if (obligatoire) throw Probleme.parametre(nom, "paramètre " + nom + " obligatoire (AAAA-MM-JJ) : les règles ne lisent jamais l'horloge");
      return Optional.empty();
    }
    return Optional.of(jour(v, nom));
  }

  private static LocalDate jour(String v, String nom) {
    try {
      return LocalDate.parse(v.strip());
    } catch (DateTimeParseException e) {
      throw Probleme.parametre(nom, nom + " : date invalide « " + v + " » : AAAA-MM-JJ attendu");
    }
  }

  private static boolean booleen(Context ctx, String nom) {
    String v = ctx.queryParam(nom);
    if (v == null || v.equals("false")) return false;
    if (v.equals("true") || v.isEmpty()) return true;
    throw Probleme.parametre(nom, nom + " : « " + v + " » : true ou false attendu");
  }

  /** A non-negative amount with at most 2 decimals; a French decimal comma is accepted (as {@code ctg bonus}). */
  private static BigDecimal euros(String texte, String nom) {
    BigDecimal v;
    try {
      v = new BigDecimal(texte.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw Probleme.parametre(nom, nom + " : nombre invalide « " + texte + " » (ex. 3348460.64)");
    }
    if (v.signum() < 0) throw Probleme.parametre(nom, nom + " : montant négatif « " + texte + " »");
    if (v.stripTrailingZeros().scale() > 2) throw Probleme.parametre(nom, nom + " : au plus 2 décimales (le centime) « " + texte + " »");
    return v;
  }

  // ------------------------------------------------------------------ evaluation and answers

  private interface Travail {
    String faire(Moteur m) throws InvalidDocumentException;
  }

  /** Reads and evaluates on an evaluation thread, within the limits; document and selection errors become problems. */
  private String evaluer(Travail t) {
    Callable<String> c = () -> {
      try {
        return t.faire(moteur());
      } catch (InvalidDocumentException e) {
        throw Probleme.document(e.errors());
      } catch (SelectionInvalideException e) {
        throw Probleme.selection(e.getMessage());
      } catch (LimiteDepasseeException e) {
        throw Probleme.limiteDepassee(e.getMessage());
      }
    };
    return evaluations.executer(c);
  }

  /** The engine of the base serving now (rebuilt once after each reload). */
  private Moteur moteur() {
    RuleBase base = source.current();
    Moteur m = moteur.get();
    if (m != null && m.base() == base) return m;
    // An evaluation never outlives the answer's deadline: one whose client has had its 503 stops at
    // the same time (a rule that runs away frees its thread), with the default firing and fact limits.
    Evaluateur.Builder b = Evaluateur.builder().regles(base)
        .limites(fr.ctg.regles.Limites.parDefaut().duree(limites.delaiMax()));
    surcharges.ifPresent(b::surchargerParametres);
    m = new Moteur(base, b.build());
    moteur.set(m);
    return m;
  }

  private static void json(Context ctx, String texte) {
    ctx.contentType(TYPE_JSON).result(texte.getBytes(StandardCharsets.UTF_8));
  }

  private static void html(Context ctx, String texte) {
    ctx.contentType(TYPE_HTML).result(texte.getBytes(StandardCharsets.UTF_8));
  }

  private static void ressource(Context ctx, String nom, String type) throws IOException {
    try (InputStream in = Objects.requireNonNull(Serveur.class.getResourceAsStream(nom), nom)) {
      ctx.contentType(type).result(in.readAllBytes());
    }
  }

  /** Javalin's own refusals (413 from its body limit, 404, 405) as problems. */
  private Probleme traduire(HttpResponseException e, Context ctx) {
    int s = e.getStatus();
    if (s == 413) return Probleme.tropGrand(limites.tailleMax());
    if (s == 404 || s == 405) return Probleme.route(s, ctx.method().name(), ctx.path());
    return Probleme.parametre("requete", e.getMessage());
  }

  /** A problem as JSON for the API, as a page for the browser. */
  private void repondre(Context ctx, Probleme p) {
    ctx.status(p.statut);
    if (p.statut == 503) ctx.header("Retry-After", "1");
    if (ctx.path().startsWith("/v1/") || ctx.path().equals("/v1")) {
      ctx.contentType("application/problem+json; charset=utf-8").result(p.json().getBytes(StandardCharsets.UTF_8));
    } else {
      ctx.contentType(TYPE_HTML).result(PageErreur.html(p.titre, p.lignes()).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** What {@link Configuration#demarrer()} starts. Not thread-safe; use it from one thread. */
  public static final class Configuration {
    private final RuleSource source;
    private Optional<Parametres> surcharges = Optional.empty();
    private Path dossierRegles;
    private String hote = "127.0.0.1";
    private int port = 8080;
    private Limites limites = Limites.parDefaut();
    private Path cacheMultipart;
    private PrintWriter journal = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

    private Configuration(RuleSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** Parameter overrides laid over the parameters of every base served (also after a reload). */
    public Configuration surcharges(Parametres p) {
      this.surcharges = Optional.of(p);
      return this;
    }

    /** The expert directory to watch: a change reloads {@code source} from it. */
    public Configuration surveiller(Path dossier) {
      this.dossierRegles = Objects.requireNonNull(dossier, "dossier");
      return this;
    }

    /** The address to bind; by default 127.0.0.1 (this machine only). */
    public Configuration hote(String hote) {
      this.hote = Objects.requireNonNull(hote, "hote");
      return this;
    }

    /** The port; 0 lets the system choose (see {@link Serveur#port()}). */
    public Configuration port(int port) {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port : entre 0 et 65535 (reçu " + port + ")");
      this.port = port;
      return this;
    }

    public Configuration limites(Limites limites) {
      this.limites = Objects.requireNonNull(limites, "limites");
      return this;
    }

    /**
     * Where Jetty would write a multipart part larger than its in-memory threshold; the threshold
     * is the size limit, so nothing is ever written there (a test points it at an empty directory
     * to check).
     */
    Configuration cacheMultipart(Path dossier) {
      this.cacheMultipart = dossier;
      return this;
    }

    /** Where reloads and internal errors are reported; by default the error output. */
    public Configuration journal(PrintWriter journal) {
      this.journal = Objects.requireNonNull(journal, "journal");
      return this;
    }

    /** Binds and starts the server. */
    public Serveur demarrer() {
      return new Serveur(this);
    }
  }
}
