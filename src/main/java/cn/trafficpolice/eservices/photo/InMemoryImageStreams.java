package cn.trafficpolice.eservices.photo;

import jakarta.annotation.PostConstruct;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Image streams in memory only, for the whole JVM. By default ImageIO backs every stream it opens on a byte array
 * with a temporary file ({@code imageio*.tmp} in {@code java.io.tmpdir}): each photo a citizen uploads would pass
 * through the disk, unencrypted, while it is inspected and re-encoded, and so would each e-licence image and QR
 * code; and every one of them paid a file's creation, writes and deletion (issue 14: about a quarter of a photo's
 * re-encoding). Set when the application starts, before it serves a request. The photos are at most a few
 * megabytes ({@link PhotoRules}) and two are decoded at a time, so memory is the right cache.
 */
@Component
class InMemoryImageStreams {

  @PostConstruct
  void keepImageStreamsInMemory() {
    ImageIO.setUseCache(false);
  }
}
