package cn.trafficpolice.eservices.address;

import cn.trafficpolice.eservices.error.BusinessException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's postal addresses (LL-4): list, add, set the default, delete. Exactly one address is the default
 * while the book is not empty. Another citizen's address answers as if it did not exist.
 */
@Service
public class AddressBook {

  private final AddressStore store;
  private final Clock clock;

  AddressBook(AddressStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The default address first, then the newest. */
  @Transactional(readOnly = true)
  public List<Address> list(long citizenId) {
    return store.ofCitizen(citizenId);
  }

  @Transactional(readOnly = true)
  public Address get(long citizenId, long addressId) {
    return store.find(citizenId, addressId).orElseThrow(() -> BusinessException.notFound("未找到该收件地址"));
  }

  /** The first address of a book becomes its default. */
  @Transactional
  public Address add(long citizenId, NewAddress address) {
    boolean first = store.ofCitizen(citizenId).isEmpty();
    long id = store.insert(citizenId, address, OffsetDateTime.now(clock));
    if (first || address.makeDefault()) {
      store.makeDefault(citizenId, id);
    }
    return get(citizenId, id);
  }

  @Transactional
  public void setDefault(long citizenId, long addressId) {
    get(citizenId, addressId);
    store.makeDefault(citizenId, addressId);
  }

  /** Deleting the default hands the default to the newest remaining address. */
  @Transactional
  public void delete(long citizenId, long addressId) {
    Address deleted = get(citizenId, addressId);
    store.delete(citizenId, addressId);
    if (deleted.isDefault()) {
      store.ofCitizen(citizenId).stream().findFirst().ifPresent(next -> store.makeDefault(citizenId, next.id()));
    }
  }
}
