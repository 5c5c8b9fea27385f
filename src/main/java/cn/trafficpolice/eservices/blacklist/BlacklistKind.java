package cn.trafficpolice.eservices.blacklist;

import cn.trafficpolice.eservices.application.Business;
import java.util.EnumSet;
import java.util.Set;

/** SH-5: what an internet-blacklist entry blocks. */
public enum BlacklistKind {
  /** Parcel refused or licence not collected within a month: no online licence or vehicle services. */
  LICENCE_AND_VEHICLE_SERVICES("网上驾驶证和机动车业务", EnumSet.of(Business.LICENCE_LOSS_REPLACEMENT,
      Business.ELECTRONIC_LICENCE, Business.PLATE_PRESELECTION, Business.PLATE_SELECTION_APPEAL,
      Business.NON_OWNED_VEHICLE_FILING)),
  /** A pre-selected plate not confirmed in time: no online plate pre-selection. */
  PLATE_PRESELECTION("互联网预选号牌", EnumSet.of(Business.PLATE_PRESELECTION));

  private final String blocks;
  private final Set<Business> blockedBusinesses;

  BlacklistKind(String blocks, Set<Business> blockedBusinesses) {
    this.blocks = blocks;
    this.blockedBusinesses = blockedBusinesses;
  }

  public String blocks() {
    return blocks;
  }

  /** Every traffic business for the first kind; the ID card is not one (SH-5). */
  public boolean blocks(Business business) {
    return blockedBusinesses.contains(business);
  }
}
