package cn.trafficpolice.eservices.licenceloss;

import cn.trafficpolice.eservices.privacy.Mask;
import cn.trafficpolice.eservices.registry.DriverLicence;
import cn.trafficpolice.eservices.registry.LicenceState;
import java.time.LocalDate;
import java.util.List;

/**
 * Step 3 (确认信息): the licence as the registry holds it, numbers masked as the 12123 app shows them.
 *
 * @param blockedBy the state that refuses a replacement (LL-3), or null
 */
record LicenceView(String licenceNumber, String holderName, String licenceClass, LocalDate validFrom,
    LocalDate validUntil, List<StateView> states, String issuingAuthority, String fileNumber,
    StateView blockedBy) {

  static LicenceView of(DriverLicence l, LicenceState blocking) {
    return new LicenceView(Mask.idNumber(l.licenceNumber()), l.holderName(), l.licenceClass(), l.validFrom(),
        l.validUntil(), l.states().stream().map(StateView::of).toList(), l.issuingAuthority(),
        Mask.keep(l.fileNumber(), 4, 2), blocking == null ? null : StateView.of(blocking));
  }

  record StateView(String code, String label) {
    static StateView of(LicenceState state) {
      return new StateView(state.name(), state.label());
    }
  }
}
