package cn.trafficpolice.eservices.benchmark;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL only: multiplies the engine-started template instances of {@link QueueSeeder} in SQL, so that 100k open
 * tasks take seconds instead of an hour. Every row the engine wrote for a template (execution, task, candidate
 * link, task authorization, and their history) is copied as it is, except the ids: in each id-valued column every
 * UUID keeps its time part and gets the copy number as its node part, so the references between the rows hold
 * within a copy and no copy meets another. {@link #verify} proves the copies are what the engine would hold.
 */
final class QueueCloner {

  static final String CLONE_KEY_PREFIX = "BENCH-C";
  private static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}";
  private static final List<String> ID_COLUMNS = List.of("id_", "proc_inst_id_", "execution_id_", "parent_id_",
      "root_proc_inst_id_", "act_inst_id_", "task_id_", "resource_id_", "parent_act_inst_id_", "super_exec_",
      "super_process_instance_id_", "rev_exec_id_");
  private static final String TEMPLATES = "(select id_ from act_ru_execution where id_ = proc_inst_id_ "
      + "and business_key_ like '" + QueueSeeder.BUSINESS_KEY_PREFIX + "%')";
  private static final String TEMPLATE_TASKS = "(select id_ from act_ru_task where proc_inst_id_ in " + TEMPLATES
      + ")";
  /** The engine's rows of one instance waiting at the review task, and which of them belong to the templates. */
  static final Map<String, String> TABLES = new java.util.LinkedHashMap<>();

  static {
    // in the order of the foreign keys
    TABLES.put("act_ru_execution", "proc_inst_id_ in " + TEMPLATES);
    TABLES.put("act_ru_task", "proc_inst_id_ in " + TEMPLATES);
    TABLES.put("act_ru_identitylink", "task_id_ in " + TEMPLATE_TASKS);
    TABLES.put("act_ru_authorization", "resource_type_ = 7 and resource_id_ in " + TEMPLATE_TASKS);
    TABLES.put("act_hi_procinst", "proc_inst_id_ in " + TEMPLATES);
    TABLES.put("act_hi_actinst", "proc_inst_id_ in " + TEMPLATES);
    TABLES.put("act_hi_taskinst", "proc_inst_id_ in " + TEMPLATES);
    TABLES.put("act_hi_identitylink", "task_id_ in " + TEMPLATE_TASKS);
  }

  private final JdbcTemplate jdbc;

  QueueCloner(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long templates() {
    return jdbc.queryForObject("select count(*) from " + TEMPLATES + " t", Long.class);
  }

  /** Adds {@code copies} copies of every template; copy numbers start at {@code firstCopy}, never reused. */
  void copy(long firstCopy, int copies) {
    for (Map.Entry<String, String> table : TABLES.entrySet()) {
      List<String> columns = jdbc.queryForList("select column_name from information_schema.columns "
          + "where table_schema = current_schema() and table_name = ?", String.class, table.getKey());
      String select = columns.stream().map(QueueCloner::copied).collect(Collectors.joining(", "));
      jdbc.update("insert into " + table.getKey() + " (" + String.join(", ", columns) + ") select " + select
          + " from " + table.getKey() + " cross join generate_series(?, ?) as copy(n) where " + table.getValue(),
          firstCopy, firstCopy + copies - 1);
    }
  }

  private static String copied(String column) {
    if (column.equals("business_key_")) {
      return "'" + CLONE_KEY_PREFIX + "' || copy.n || '-' || business_key_";
    }
    if (ID_COLUMNS.contains(column)) {
      return "regexp_replace(" + column + ", '" + UUID + "', '\\1' || lpad(to_hex(copy.n), 12, '0'), 'g')";
    }
    return column;
  }

  /**
   * The copies hold, table by table, exactly as many rows per instance as the templates the engine wrote.
   *
   * @return per table, rows per template instance and rows per copied instance
   */
  Map<String, String> verify() {
    long templates = templates();
    long clones = jdbc.queryForObject("select count(*) from act_ru_execution where id_ = proc_inst_id_ "
        + "and business_key_ like '" + CLONE_KEY_PREFIX + "%'", Long.class);
    Map<String, String> perInstance = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> table : TABLES.entrySet()) {
      String clonedRows = table.getValue().replace(TEMPLATES, "(select id_ from act_ru_execution where "
          + "id_ = proc_inst_id_ and business_key_ like '" + CLONE_KEY_PREFIX + "%')");
      long t = jdbc.queryForObject("select count(*) from " + table.getKey() + " where " + table.getValue(),
          Long.class);
      long c = jdbc.queryForObject("select count(*) from " + table.getKey() + " where " + clonedRows, Long.class);
      perInstance.put(table.getKey(), String.format(java.util.Locale.ROOT, "%.2f/%.2f", (double) t / templates,
          clones == 0 ? 0.0 : (double) c / clones));
    }
    return perInstance;
  }
}
