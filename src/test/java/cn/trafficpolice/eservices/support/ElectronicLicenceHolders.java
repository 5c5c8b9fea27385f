package cn.trafficpolice.eservices.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.LicenceHolders.Holder;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh licence holders with an issued e-licence (retained photo, EL-2), for tests that verify or void it. */
public class ElectronicLicenceHolders {

  private static final String RETAINED_PHOTO = "registry/photos/440802198503120018.jpg";

  private final CitizenClient citizen;
  private final JdbcClient jdbc;
  private final LicenceHolders holders;
  private final EngineTime time;

  public ElectronicLicenceHolders(CitizenClient citizen, JdbcClient jdbc, LicenceHolders holders, EngineTime time) {
    this.citizen = citizen;
    this.jdbc = jdbc;
    this.holders = holders;
    this.time = time;
  }

  /** A holder of a normal (A) licence whose e-licence is issued now; engine clock as the test set it. */
  public Holder withELicence() throws Exception {
    Holder holder = holders.create("A");
    jdbc.sql("""
            UPDATE driver_licence SET retained_photo = :photo, retained_photo_taken_on = DATE '2026-08-15'
            WHERE licence_number = :number""")
        .param("photo", RETAINED_PHOTO).param("number", holder.licenceNumber()).update();
    citizen.post(citizen.login(holder.phone()), "/api/v1/e-licence/applications/with-retained-photo",
        Map.of("livenessToken", "pass")).andExpect(status().isCreated());
    time.runDueJobs(); // generating the e-licence is a save point of its own (EL-2)
    return holder;
  }

  /** The code the holder's e-licence page shows now (what the QR code carries). */
  public String currentCode(Holder holder) throws Exception {
    return citizen.read(citizen.get(citizen.login(holder.phone()), "/api/v1/e-licence")
        .andExpect(status().isOk())).get("verificationCode").asText();
  }
}
