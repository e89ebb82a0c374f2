package fr.ctg.cli;

import fr.ctg.document.DocumentError;
import fr.ctg.document.DocumentReader;
import fr.ctg.document.InvalidDocumentException;
import fr.ctg.regles.RuleBase;
import fr.ctg.regles.RuleBaseException;
import fr.ctg.regles.RuleSource;
import fr.ctg.serveur.Limites;
import fr.ctg.serveur.Serveur;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ctg serve}: the local web page and REST API ({@link Serveur}) until the process is stopped
 * (Ctrl-C). Binds 127.0.0.1 by default: the API has no authentication.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Sert une page web (déposer ou coller une convention, ou choisir un territoire et une date, et lire le rapport) "
          + "et une API REST (POST /v1/check, GET /v1/obligations, POST /v1/bonus, GET /v1/regles ; description : "
          + "GET /v1/openapi.json) dont les réponses JSON sont celles de --format json, octet pour octet.",
      "Écoute 127.0.0.1 par défaut (cette machine seulement : l'API n'a pas d'authentification). Rien n'est écrit "
          + "sur le disque. Avec --regles DOSSIER, les règles sont rechargées quand le dossier change (les règles "
          + "précédentes restent servies tant que le dossier est invalide).",
      "Arrêt : Ctrl-C. Code de sortie : 2 entrée invalide (option, port occupé) ; 3 base de règles invalide au démarrage."
    })
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "port d'écoute (défaut : ${DEFAULT-VALUE} ; 0 : choisi par le système).")
  int port;

  @Option(names = "--hote", paramLabel = "ADRESSE", defaultValue = "127.0.0.1",
      description = "adresse d'écoute (défaut : ${DEFAULT-VALUE}, cette machine seulement ; 0.0.0.0 : toutes les interfaces, "
          + "à réserver à un réseau de confiance).")
  String hote;

  @Option(names = "--taille-max", paramLabel = "TAILLE", defaultValue = "10Mio",
      description = "taille maximale du corps d'une requête (octets, ou suffixe Kio / Mio ; défaut : ${DEFAULT-VALUE}) ; au-delà : 413.")
  String tailleMax;

  @Option(names = "--delai-max", paramLabel = "DUREE", defaultValue = "30s",
      description = "délai maximal de réponse, attente comprise (suffixe s ou ms ; défaut : ${DEFAULT-VALUE}) ; au-delà : 503.")
  String delaiMax;

  @Option(names = "--concurrence", paramLabel = "N",
      description = "évaluations menées en même temps (défaut : une par processeur).")
  Integer concurrence;

  @Option(names = "--file-attente", paramLabel = "N", defaultValue = "" + Limites.FILE_ATTENTE,
      description = "requêtes qui peuvent attendre une place (défaut : ${DEFAULT-VALUE}) ; au-delà : 503 immédiat.")
  int fileAttente;

  @CommandLine.Mixin ReglesOptions regles;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Limites limites;
    try {
      limites = new Limites(octets(tailleMax), duree(delaiMax),
          concurrence != null ? concurrence : Runtime.getRuntime().availableProcessors(), fileAttente);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Serveur serveur;
    try {
      RuleBase base = regles.base();
      Serveur.Configuration c = Serveur.configuration(RuleSource.of(base)).hote(hote).port(port).limites(limites).journal(err);
      if (!regles.fichiersParametres.isEmpty()) c.surcharges(DocumentReader.readSurcharges(regles.fichiersParametres, base.parametres()));
      if (regles.dossier() != null) c.surveiller(regles.dossier());
      serveur = c.demarrer();
    } catch (RuleBaseException e) {
      return ReglesOptions.signaler(e, err);
    } catch (InvalidDocumentException e) {
      for (DocumentError d : e.errors()) err.println(d);
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (RuntimeException e) { // Jetty could not bind
      err.println("ctg serve : impossible d'écouter sur " + hote + ":" + port + " : " + racine(e).getMessage());
      err.flush();
      return Ctg.ENTREE_INVALIDE;
    }
    CountDownLatch arret = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      serveur.close();
      arret.countDown();
    }, "ctg-serve-arret"));
    if (!hote.equals("127.0.0.1") && !hote.equals("localhost") && !hote.equals("::1")) {
      err.println("ctg serve : attention, écoute sur " + hote + " : l'API n'a pas d'authentification.");
    }
    String adresse = hote.contains(":") ? "[" + hote + "]" : hote;
    err.println("ctg serve : http://" + adresse + ":" + serveur.port() + "/ (API : /v1/openapi.json ; Ctrl-C pour arrêter)");
    err.flush();
    arret.await();
    return Ctg.OK;
  }

  private static Throwable racine(Throwable e) {
    while (e.getCause() != null && e.getCause() != e) e = e.getCause();
    return e;
  }

  private static final Pattern TAILLE = Pattern.compile("(\\d+)\\s*(o|kio|mio)?");
  private static final Pattern DUREE = Pattern.compile("(\\d+)\\s*(s|ms)?");

  /** {@code 10Mio}, {@code 512Kio}, {@code 1048576}: bytes. */
  static long octets(String texte) {
    Matcher m = TAILLE.matcher(texte.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) throw new IllegalArgumentException("--taille-max : taille invalide « " + texte + " » (ex. 10Mio, 512Kio, 1048576)");
    long n = Long.parseLong(m.group(1));
    String u = m.group(2) == null ? "o" : m.group(2);
    return u.equals("mio") ? n * 1024 * 1024 : u.equals("kio") ? n * 1024 : n;
  }

  /** {@code 30s}, {@code 500ms}, {@code 30} (seconds). */
  static Duration duree(String texte) {
    Matcher m = DUREE.matcher(texte.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) throw new IllegalArgumentException("--delai-max : durée invalide « " + texte + " » (ex. 30s, 500ms)");
    long n = Long.parseLong(m.group(1));
    return "ms".equals(m.group(2)) ? Duration.ofMillis(n) : Duration.ofSeconds(n);
  }
}
