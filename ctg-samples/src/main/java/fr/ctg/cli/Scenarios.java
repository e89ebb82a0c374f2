package fr.ctg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where scenario files are: the shipped ones ({@code scenarios/} in this jar) or the paths a user gives. */
final class Scenarios {
  static final String SUFFIXE = ".scenario.yaml";

  private Scenarios() {}

  /** The folder of the shipped scenarios (a directory in development, a folder of the jar otherwise). */
  static Path embarques() {
    URL url = Scenarios.class.getClassLoader().getResource("scenarios/ao");
    if (url == null) throw new IllegalStateException("scénarios embarqués absents du classpath (scenarios/)");
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/scenarios");
      }
      return Paths.get(uri).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario files of {@code chemins} (files as given; folders searched for {@code *.scenario.yaml}), sorted within each folder. */
  static List<Path> fichiers(List<Path> chemins) {
    List<Path> out = new ArrayList<>();
    for (Path c : chemins) {
      if (Files.isDirectory(c)) {
        try (Stream<Path> s = Files.walk(c)) {
          out.addAll(s.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(SUFFIXE))
              .sorted().collect(Collectors.toList()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** {@code p} relative to {@code racine} with '/' when inside it, else as given. */
  static String nom(Path racine, Path p) {
    try {
      if (p.startsWith(racine)) return racine.relativize(p).toString().replace('\\', '/');
    } catch (RuntimeException e) {
      // another file system: keep the path as given
    }
    return p.toString();
  }
}
