package cn.trafficpolice.eservices.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table, in Markdown: the application beside the bare engine, row by row. */
final class Report {

  private final String database;
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  Report(String database) {
    this.database = database.replaceAll("//[^/]*/", "//…/");
  }

  void row(String scenario, int clients, Measurement app, Measurement bare) {
    rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.2f |",
        scenario, clients, app.operations(), app.perSecond(), app.p50Millis(), app.p99Millis(),
        app.statementsPerOp(), bare.perSecond(), bare.p50Millis(), bare.statementsPerOp(),
        app.perSecond() / bare.perSecond()));
  }

  /** A row without a bare-engine figure: the engine has no equivalent of the operation. */
  void row(String scenario, int clients, Measurement app) {
    rows.add(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f | — | — | — | — |",
        scenario, clients, app.operations(), app.perSecond(), app.p50Millis(), app.p99Millis(),
        app.statementsPerOp()));
  }

  void note(String note) {
    notes.add(note);
  }

  String table() {
    StringBuilder out = new StringBuilder();
    out.append("Benchmark ").append(Instant.now()).append(" on ").append(database).append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n");
    out.append("| scenario | clients | ops | ops/s | p50 ms | p99 ms | SQL/op | bare ops/s | bare p50 ms "
        + "| bare SQL/op | ops/s ÷ bare |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    rows.forEach(r -> out.append(r).append('\n'));
    if (!notes.isEmpty()) {
      out.append('\n');
      notes.forEach(n -> out.append("- ").append(n).append('\n'));
    }
    return out.toString();
  }
}
