package cn.trafficpolice.eservices.photo;

import cn.trafficpolice.eservices.error.BusinessException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' uploaded photos, kept in the app's database and referenced by id (never in process variables). Only
 * photos that passed {@link PhotoInspector} are stored, and only their pixels, re-encoded ({@link PhotoReencoder}). A citizen reads only their own; reviewers read a photo
 * through their business, which checks the reviewer's task first.
 */
@Repository
public class PhotoStore {

  private static final RowMapper<StoredPhoto> PHOTO = (rs, i) -> new StoredPhoto(rs.getLong("id"),
      rs.getLong("owner_citizen_id"), rs.getString("purpose"), rs.getString("media_type"), rs.getInt("width_px"),
      rs.getInt("height_px"), rs.getBytes("image_data"));

  private final JdbcClient jdbc;
  private final PhotoRules defaultRules;
  private final Clock clock;

  PhotoStore(JdbcClient jdbc, PhotoRules defaultRules, Clock clock) {
    this.jdbc = jdbc;
    this.defaultRules = defaultRules;
    this.clock = clock;
  }

  /** Checks the photo against the configured rules and stores it; returns its id. */
  @Transactional
  public long save(long ownerCitizenId, String purpose, byte[] content) {
    return save(ownerCitizenId, purpose, content, defaultRules);
  }

  @Transactional
  public long save(long ownerCitizenId, String purpose, byte[] content, PhotoRules rules) {
    InspectedPhoto photo = PhotoInspector.inspect(content, rules);
    byte[] stored = PhotoReencoder.reencode(content, photo.mediaType());
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO photo (owner_citizen_id, purpose, media_type, width_px, height_px, size_bytes, sha256,
                               image_data, created_at)
            VALUES (:owner, :purpose, :mediaType, :width, :height, :size, :sha256, :content, :now)""")
        .param("owner", ownerCitizenId).param("purpose", purpose).param("mediaType", photo.mediaType())
        .param("width", photo.width()).param("height", photo.height()).param("size", stored.length)
        .param("sha256", sha256(stored)).param("content", stored).param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The citizen's own photo; another citizen's answers as if it did not exist. */
  @Transactional(readOnly = true)
  public StoredPhoto getOwn(long citizenId, long photoId) {
    return find(photoId).filter(p -> p.ownerCitizenId() == citizenId)
        .orElseThrow(() -> BusinessException.notFound("未找到该照片"));
  }

  /** For a caller that has already checked its right to the photo (e.g. the reviewer of the task). */
  @Transactional(readOnly = true)
  public StoredPhoto get(long photoId) {
    return find(photoId).orElseThrow(() -> BusinessException.notFound("未找到该照片"));
  }

  private Optional<StoredPhoto> find(long photoId) {
    return jdbc.sql("SELECT * FROM photo WHERE id = :id").param("id", photoId).query(PHOTO).optional();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
