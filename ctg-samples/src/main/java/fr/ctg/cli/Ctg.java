package fr.ctg.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import fr.ctg.regles.LimiteDepasseeException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ctg} command. Exit codes: 0 done; 1 done and {@code --strict} found
 * NON_SATISFAIT/INELIGIBLE; 2 invalid input or usage; 3 rule base error; 4 an evaluation limit was
 * exceeded. Help, usage errors and version are in French (picocli's texts from {@code aide.properties},
 * its errors rebuilt by {@link ErreursDUsage}).
 */
@Command(
    name = "ctg",
    mixinStandardHelpOptions = true,
    versionProvider = Ctg.Version.class,
    description = "Conventions Territoriales Globales : obligations, financements et conformité, avec leur fondement.")
public final class Ctg implements Runnable {
  /**
   * The commands, by name, in the order of the help. Added by {@link #ligneDeCommande}, not listed in
   * {@code @Command(subcommands)}: picocli builds the model of every command it is given (options,
   * mixins, help texts), a tenth of a second at each start; a command line that names one of
   * {@link #SEULES} gets only that one.
   */
  private static final java.util.Map<String, java.util.function.Supplier<Object>> COMMANDES = commandes();

  /**
   * The commands whose run never looks at the others: the only one built when the command line starts
   * with its name. {@code help} and {@code completion} describe the others, and get them all.
   */
  private static final java.util.Set<String> SEULES =
      java.util.Set.of("territoire", "valider", "obligations", "bonus", "check", "regles", "diff", "serve");

  private static java.util.Map<String, java.util.function.Supplier<Object>> commandes() {
    java.util.Map<String, java.util.function.Supplier<Object>> m = new java.util.LinkedHashMap<>();
    m.put("help", CommandLine.HelpCommand::new);
    m.put("completion", CompletionCommand::new);
    m.put("territoire", TerritoireCommand::new);
    m.put("valider", ValiderCommand::new);
    m.put("obligations", ObligationsCommand::new);
    m.put("bonus", BonusCommand::new);
    m.put("check", CheckCommand::new);
    m.put("regles", ReglesCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("serve", ServeCommand::new);
    return java.util.Collections.unmodifiableMap(m);
  }

  public static final int OK = 0;
  public static final int STRICT_ECHEC = 1;
  public static final int ENTREE_INVALIDE = 2;
  public static final int REGLES_INVALIDES = 3;
  /** An evaluation exceeded one of its limits: a rule ran away ({@link LimiteDepasseeException}). */
  public static final int LIMITE_DEPASSEE = 4;

  /** The exit codes, as the help of the evaluating commands lists them. */
  static final java.util.Map<String, String> CODES_DE_SORTIE = codesDeSortie();

  private static java.util.Map<String, String> codesDeSortie() {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("0", "terminé");
    m.put("1", "terminé ; --strict a trouvé NON_SATISFAIT/INELIGIBLE (regles tester : un cas a échoué)");
    m.put("2", "entrée ou usage invalide (message en français, sans trace de pile)");
    m.put("3", "base de règles invalide");
    m.put("4", "évaluation arrêtée : une règle s'est emballée (--declenchements-max, --duree-max, --faits-max)");
    return java.util.Collections.unmodifiableMap(m);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "indiquez une commande : " + String.join(", ", spec.subcommands().keySet()));
  }

  public static void main(String[] args) {
    // UTF-8 whatever the platform locale (LANG=C, LC_ALL=POSIX would turn every accent into "?"):
    // anything written to System.out/System.err (not only through picocli) is UTF-8.
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    System.exit(execute(args));
  }

  /**
   * Runs the command line as {@code main} would, without exiting; used by tests. Writes UTF-8 to the
   * current {@link System#out} and {@link System#err}, whatever the platform's default charset.
   */
  public static int execute(String... args) {
    CommandLine cl = ligneDeCommande(args.length > 0 && SEULES.contains(args[0]) ? args[0] : null);
    // picocli's own texts (section headings, --help/--version descriptions) in French; its error
    // messages are rebuilt in French by ErreursDUsage.
    cl.setResourceBundle(java.util.ResourceBundle.getBundle("fr.ctg.cli.aide", java.util.Locale.ROOT));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(utf8(System.out));
    cl.setErr(utf8(System.err));
    cl.setExitCodeExceptionMapper(e -> ENTREE_INVALIDE);
    // A rule that ran away: the message names it (and its file); no stack trace.
    cl.setExecutionExceptionHandler((ex, commande, resultat) -> {
      if (!(ex instanceof LimiteDepasseeException)) throw ex;
      commande.getErr().println("ctg : " + ex.getMessage());
      commande.getErr().println("ctg : les limites se règlent par --declenchements-max, --duree-max, --faits-max "
          + "(voir " + commande.getCommandSpec().qualifiedName() + " --help)");
      commande.getErr().flush();
      return LIMITE_DEPASSEE;
    });
    codesDansLAide(cl);
    cl.setParameterExceptionHandler((ex, a) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("ctg : " + ErreursDUsage.enFrancais(ex));
      err.println("Voir : " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
      err.flush();
      return ENTREE_INVALIDE;
    });
    return cl.execute(args);
  }

  /**
   * The picocli model of {@code ctg} with command {@code commande} alone, or with all of them when
   * {@code commande} is null; its settings (French texts, writers, handlers) are made by {@link #execute}.
   */
  static CommandLine ligneDeCommande(String commande) {
    CommandLine cl = new CommandLine(new Ctg());
    for (java.util.Map.Entry<String, java.util.function.Supplier<Object>> c : COMMANDES.entrySet()) {
      if (commande == null || commande.equals(c.getKey())) cl.addSubcommand(c.getKey(), c.getValue().get());
    }
    return cl;
  }

  /**
   * Lists the exit codes in the help of {@code ctg} itself and of every command that evaluates (those
   * with {@link LimitesOptions}); the other commands say theirs in their description.
   */
  private static void codesDansLAide(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    spec.usageMessage().synopsisSubcommandLabel("[COMMANDE]");
    if (spec.versionProvider() == null && spec.version().length == 0) spec.versionProvider(new Version()); // ctg check -V
    if (cl.getParent() == null || evalue(spec)) {
      spec.usageMessage().exitCodeListHeading("%nCodes de sortie :%n").exitCodeList(CODES_DE_SORTIE);
    }
    if (spec.helpCommand()) {
      // picocli's help command names its parameter COMMAND; the same parameter, labelled in French
      CommandLine.Model.PositionalParamSpec p = spec.positionalParameters().get(0);
      spec.remove(p);
      spec.addPositional(CommandLine.Model.PositionalParamSpec.builder(p).paramLabel("COMMANDE").build());
    }
    for (CommandLine sous : cl.getSubcommands().values()) {
      codesDansLAide(sous);
    }
  }

  private static boolean evalue(CommandLine.Model.CommandSpec spec) {
    for (CommandLine.Model.CommandSpec m : spec.mixins().values()) {
      if (m.userObject() instanceof LimitesOptions || evalue(m)) return true;
    }
    return false;
  }

  /** As picocli's own writers (buffered, flushed on println), but UTF-8 instead of the platform's charset. */
  private static PrintWriter utf8(PrintStream stream) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8)), true);
  }

  /**
   * {@code --version}: the project's version (written into {@code version.properties} by the build),
   * the fingerprint of the bundled rules (as every report gives it) and the years of the national
   * registry with their package version and population vintage.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws java.io.IOException {
      java.util.List<String> lignes = new java.util.ArrayList<>();
      lignes.add("ctg " + versionDuProjet());
      lignes.add("règles embarquées : " + fr.ctg.regles.RuleFiles.bundled().fingerprint()
          + " (empreinte des fichiers de règles et de paramètres, champ regles.empreinte des rapports)");
      lignes.add("registre du territoire (un par année, celui de la date d'évaluation) :");
      for (fr.ctg.territoire.Millesime m : fr.ctg.territoire.Registre.national().millesimes()) {
        lignes.add("  registre " + m.annee() + " (" + m.paquet() + "), populations millésime " + m.millesimePopulationTotale());
      }
      return lignes.toArray(String[]::new);
    }

    static String versionDuProjet() throws java.io.IOException {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = Ctg.class.getResourceAsStream("version.properties")) {
        if (in == null) throw new java.io.IOException("version.properties absent du jar : construisez ctg avec Maven");
        p.load(in);
      }
      return p.getProperty("version");
    }
  }
}
