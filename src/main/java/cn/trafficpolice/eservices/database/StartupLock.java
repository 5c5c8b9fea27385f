package cn.trafficpolice.eservices.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nodes of a cluster start together on one database, and each brings the shared set-up up to date (groups,
 * grants, filters, demo users) by "find it, else create it". Run one node at a time, or two nodes both find a row
 * missing and the second insert fails the start (seen as a duplicate {@code ACT_UNIQ_AUTH_GROUP} on PostgreSQL).
 * The work runs in one transaction that first locks the row of {@code startup_lock}; the engine's commands join
 * that transaction, so a node waiting for the lock sees everything the first one made.
 */
@Component
public class StartupLock {

  private static final String LOCK = "SELECT name FROM startup_lock WHERE name = 'set-up' FOR UPDATE";

  private final TransactionTemplate transactions;
  private final JdbcClient jdbc;

  StartupLock(TransactionTemplate transactions, JdbcClient jdbc) {
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  /** Runs the set-up while no other node runs its own. */
  public void whileHeld(Runnable setUp) {
    transactions.executeWithoutResult(status -> {
      jdbc.sql(LOCK).query(String.class).single();
      setUp.run();
    });
  }
}
