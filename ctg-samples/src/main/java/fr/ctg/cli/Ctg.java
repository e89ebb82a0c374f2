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
 * NON_SATISFAIT/INELIGIBLE; 2 invalid input or usage; 3 rule base error.
 */
@Command(
    name = "ctg",
    mixinStandardHelpOptions = true,
    versionProvider = Ctg.Version.class,
    description = "Conventions Territoriales Globales : obligations, financements et conformité, avec leur fondement.",
    subcommands = {
      CommandLine.HelpCommand.class,
      TerritoireCommand.class,
      ValiderCommand.class,
      ObligationsCommand.class,
      BonusCommand.class,
      CheckCommand.class,
      ReglesCommand.class,
      DiffCommand.class,
      ServeCommand.class,
    })
public final class Ctg implements Runnable {
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
    throw new CommandLine.ParameterException(spec.commandLine(), "indiquez une sous-commande (ctg --help)");
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
    CommandLine cl = new CommandLine(new Ctg());
    cl.setOut(utf8(System.out));
    cl.setErr(utf8(System.err));
    cl.setExitCodeExceptionMapper(e -> ENTREE_INVALIDE);
    // A rule that ran away: the message names it (and its file); no stack trace.
    cl.setExecutionExceptionHandler((ex, commande, resultat) -> {
      if (!(ex instanceof LimiteDepasseeException)) throw ex;
      commande.getErr().println("ctg : " + ex.getMessage());
      commande.getErr().println("ctg : les limites se règlent par --declenchements-max, --duree-max, --faits-max "
          + "(voir ctg " + commande.getCommandName() + " --help)");
      commande.getErr().flush();
      return LIMITE_DEPASSEE;
    });
    codesDansLAide(cl);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("ctg : " + ex.getMessage());
      ex.getCommandLine().getErr().println("Voir : ctg " + ex.getCommandLine().getCommandName() + " --help");
      return ENTREE_INVALIDE;
    });
    return cl.execute(args);
  }

  /** Lists the exit codes in the help of every command that evaluates (those with {@link LimitesOptions}). */
  private static void codesDansLAide(CommandLine cl) {
    for (CommandLine sous : cl.getSubcommands().values()) {
      CommandLine.Model.CommandSpec spec = sous.getCommandSpec();
      if (evalue(spec)) {
        spec.usageMessage().exitCodeListHeading("Codes de sortie :%n").exitCodeList(CODES_DE_SORTIE);
      }
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

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Ctg.class.getPackage().getImplementationVersion();
      return new String[] {"ctg " + (v == null ? "(développement)" : v)};
    }
  }
}
