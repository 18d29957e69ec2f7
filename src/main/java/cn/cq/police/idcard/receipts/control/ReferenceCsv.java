package cn.cq.police.idcard.receipts.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small reference CSV files bundled under {@code reference/} on the classpath. */
final class ReferenceCsv {

  private ReferenceCsv() {}

  /**
   * Returns the data rows of a bundled CSV file, without comment lines (starting with #), blank
   * lines and the header row. The files hold no quoted fields, so a plain split is enough.
   */
  static List<String[]> rows(String resource, int columns) {
    InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing reference data on the classpath: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows = new ArrayList<>();
      boolean headerSeen = false;
      String line;
      while ((line = reader.readLine()) != null) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          continue;
        }
        String[] fields = trimmed.split(",", -1);
        if (fields.length != columns) {
          throw new IllegalStateException("Malformed row in " + resource + ": " + trimmed);
        }
        for (int i = 0; i < fields.length; i++) {
          fields[i] = fields[i].strip();
        }
        rows.add(fields);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
