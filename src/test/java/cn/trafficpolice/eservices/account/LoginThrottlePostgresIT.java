package cn.trafficpolice.eservices.account;

import static org.assertj.core.api.Assertions.assertThat;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.Concurrently;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import cn.trafficpolice.eservices.support.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * SH-4 login throttling on PostgreSQL, where a failed statement aborts its whole transaction: citizens behind one
 * address (a company's NAT, a proxy) logging in at the same instant, the address not yet counted, all get in.
 * Seen first in ClusterFailoverIT as 500s.
 */
@PostgresIntegrationTest
class LoginThrottlePostgresIT {

  private static final int CITIZENS = 8;

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;

  @Test
  void citizensOfOneAddressLoggingInAtOnceAllGetIn() throws Exception {
    LicenceHolders holders = new LicenceHolders(jdbc, passwords);
    List<Holder> behindOneAddress = new ArrayList<>();
    for (int i = 0; i < CITIZENS; i++) {
      behindOneAddress.add(holders.create("A"));
    }
    String address = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255);
    AtomicInteger next = new AtomicInteger();

    List<Object> statuses = Concurrently.run(CITIZENS, () -> citizen.loginFrom(address,
            behindOneAddress.get(next.getAndIncrement()).phone(), CitizenClient.DEMO_PASSWORD)
        .andReturn().getResponse().getStatus());

    assertThat(statuses).containsOnly(200);
  }
}
