package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg serve}: what it refuses before serving (it serves until stopped; ServeurApiTest covers the serving). */
class ServeCommandTest {
  @Test
  void lesLimitesSeLisentEnUnitesFrancaises() {
    assertEquals(10L * 1024 * 1024, ServeCommand.octets("10Mio"));
    assertEquals(512L * 1024, ServeCommand.octets("512 Kio"));
    assertEquals(1000L, ServeCommand.octets("1000"));
    assertEquals(Duration.ofSeconds(30), ServeCommand.duree("30s"));
    assertEquals(Duration.ofMillis(500), ServeCommand.duree("500ms"));
    assertEquals(Duration.ofSeconds(5), ServeCommand.duree("5"));
  }

  @Test
  void uneLimiteInvalideEstUneErreurDUsage() {
    CliRun r = CliRun.run("serve", "--port", "0", "--taille-max", "dix").expect(Ctg.ENTREE_INVALIDE);
    assertTrue(r.err.contains("--taille-max : taille invalide « dix » (ex. 10Mio, 512Kio, 1048576)"), r.err);
    r = CliRun.run("serve", "--port", "0", "--concurrence", "0").expect(Ctg.ENTREE_INVALIDE);
    assertTrue(r.err.contains("concurrence : au moins 1 (reçu 0)"), r.err);
  }

  @Test
  void unDossierDeReglesInvalideEmpecheDeDemarrer(@TempDir Path dossier) throws Exception {
    Files.createDirectories(dossier.resolve("fr/ctg/regles/ao"));
    Files.writeString(dossier.resolve("fr/ctg/regles/ao/casse.drl"), "package fr.ctg.regles.ao;\nrule \"x\" when then pas du java ; end\n");
    CliRun r = CliRun.run("serve", "--port", "0", "--regles", dossier.toString()).expect(Ctg.REGLES_INVALIDES);
    assertTrue(r.err.contains("base de règles invalide"), r.err);
  }

  @Test
  void unPortOccupeEstSignale() throws Exception {
    try (ServerSocket occupe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun r = CliRun.run("serve", "--port", String.valueOf(occupe.getLocalPort())).expect(Ctg.ENTREE_INVALIDE);
      assertTrue(r.err.startsWith("ctg serve : impossible d'écouter sur 127.0.0.1:" + occupe.getLocalPort() + " : "), r.err);
    }
  }
}
