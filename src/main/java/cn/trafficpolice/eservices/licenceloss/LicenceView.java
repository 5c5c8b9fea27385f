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
 * @param document  LL-7: whether the original document is void and which replacement took its place
 */
record LicenceView(String licenceNumber, String holderName, String licenceClass, LocalDate validFrom,
    LocalDate validUntil, List<StateView> states, String issuingAuthority, String fileNumber,
    StateView blockedBy, DocumentView document) {

  static LicenceView of(DriverLicence l, LicenceState blocking) {
    return new LicenceView(Mask.idNumber(l.licenceNumber()), l.holderName(), l.licenceClass(), l.validFrom(),
        l.validUntil(), l.states().stream().map(StateView::of).toList(), l.issuingAuthority(),
        Mask.keep(l.fileNumber(), 4, 2), blocking == null ? null : StateView.of(blocking), DocumentView.of(l));
  }

  /**
   * LL-7: the licence keeps its number (the holder's ID number); what a replacement voids is the original
   * document, replaced by the one the application {@code replacedBySerial} issues.
   */
  record DocumentView(String status, String statusName, String replacedBySerial) {
    static DocumentView of(DriverLicence l) {
      return l.replacedBySerial() == null ? new DocumentView("IN_FORCE", "有效", null)
          : new DocumentView("VOID", "原证作废，以补领的新证为准", l.replacedBySerial());
    }
  }

  record StateView(String code, String label) {
    static StateView of(LicenceState state) {
      return new StateView(state.name(), state.label());
    }
  }
}
