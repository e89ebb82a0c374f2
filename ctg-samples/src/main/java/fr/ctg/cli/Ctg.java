package fr.ctg.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("ctg : " + ex.getMessage());
      ex.getCommandLine().getErr().println("Voir : ctg " + ex.getCommandLine().getCommandName() + " --help");
      return ENTREE_INVALIDE;
    });
    return cl.execute(args);
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
