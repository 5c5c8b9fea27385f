package cn.trafficpolice.eservices.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.trafficpolice.eservices.support.CitizenClient;
import cn.trafficpolice.eservices.support.LicenceHolders;
import cn.trafficpolice.eservices.support.RestIntegrationTest;
import cn.trafficpolice.eservices.support.TestImages;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A citizen's photo never touches the disk on its way in: the upload is inspected and re-encoded in memory, and no
 * ImageIO cache file appears in the cache directory meanwhile (the attack: read another citizen's photo from the
 * shared temporary directory while it is being decoded).
 */
@RestIntegrationTest
class PhotoTempFilesIT {

  @Autowired
  CitizenClient citizen;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PasswordEncoder passwords;

  @Test
  void anUploadedPhotoIsDecodedAndEncodedWithoutATemporaryFile() throws Exception {
    LicenceHolders.Holder holder = new LicenceHolders(jdbc, passwords).create("A");
    String token = citizen.login(holder.phone());
    MockMultipartFile upload = new MockMultipartFile("photo", "photo.jpg", "image/jpeg", TestImages.jpeg(400, 500));
    Path cacheDirectory = ImageIO.getCacheDirectory() != null ? ImageIO.getCacheDirectory().toPath()
        : Path.of(System.getProperty("java.io.tmpdir"));

    List<String> created = new ArrayList<>();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      cacheDirectory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      citizen.mvc().perform(multipart("/api/v1/e-licence/applications").file(upload)
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isCreated());
      for (WatchKey key = watcher.poll(1, TimeUnit.SECONDS); key != null; key = watcher.poll(1, TimeUnit.SECONDS)) {
        for (WatchEvent<?> event : key.pollEvents()) {
          created.add(String.valueOf(event.context()));
        }
        key.reset();
      }
    }
    assertThat(created).as("files created in %s during the upload", cacheDirectory)
        .noneMatch(name -> name.startsWith("imageio"));
  }
}
