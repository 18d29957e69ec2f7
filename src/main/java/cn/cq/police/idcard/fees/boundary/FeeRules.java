package cn.cq.police.idcard.fees.boundary;

import cn.cq.police.idcard.audit.control.AuditTrail;
import cn.cq.police.idcard.audit.entity.AuditEvent;
import cn.cq.police.idcard.fees.control.FeeRule;
import cn.cq.police.idcard.fees.control.FeeScheduleChange;
import cn.cq.police.idcard.fees.entity.Amount;
import cn.cq.police.idcard.fees.entity.FeeKind;
import cn.cq.police.idcard.fees.entity.FeeRuleEntry;
import cn.cq.police.idcard.platform.ChangeRefused;
import cn.cq.police.idcard.stations.boundary.StaffDirectory;
import cn.cq.police.idcard.stations.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The fee schedule as the administrator keeps it: tariffs are added, never edited or removed. */
@Stateless
@RolesAllowed(Role.Names.CITY_ADMINISTRATOR)
public class FeeRules {

  static final int DESCRIPTION_MAX = 200;

  @PersistenceContext EntityManager em;

  @Inject StaffDirectory directory;

  @Inject AuditTrail trail;

  @Inject Clock clock;

  public List<FeeRuleEntry> all() {
    return em.createNamedQuery(FeeRuleEntry.ALL, FeeRuleEntry.class).getResultList();
  }

  /**
   * A new tariff for {@code kind} from {@code validFrom}; the one in force until then ends. The
   * page passes null for an amount or a date it could not read, which is refused here, in the order
   * the fields are checked.
   */
  public FeeRuleEntry add(FeeKind kind, Amount amount, LocalDate validFrom, String description) {
    if (kind == null) {
      throw new ChangeRefused("admin.fees.kindMissing");
    }
    if (amount == null) {
      throw new ChangeRefused("admin.fees.amountInvalid");
    }
    if (validFrom == null) {
      throw new ChangeRefused("admin.dateInvalid");
    }
    String text = description == null ? "" : description.strip();
    if (text.isEmpty() || text.length() > DESCRIPTION_MAX) {
      throw new ChangeRefused("admin.fees.descriptionMissing", DESCRIPTION_MAX);
    }
    // Locked, so two administrators adding a tariff of one kind at once cannot both close it.
    List<FeeRuleEntry> sameKind =
        em.createNamedQuery(FeeRuleEntry.OF_KIND, FeeRuleEntry.class)
            .setParameter("kind", kind)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Optional<LocalDate> closing =
        FeeScheduleChange.closingDayFor(
            sameKind.stream().map(FeeRules::asRule).toList(), validFrom, LocalDate.now(clock));
    String closed = "";
    if (closing.isPresent()) {
      FeeRuleEntry open = sameKind.stream().filter(FeeRuleEntry::isOpen).findFirst().orElseThrow();
      open.closeOn(closing.get());
      closed = "; closed=#" + open.getId() + " to " + closing.get();
    }
    FeeRuleEntry added = new FeeRuleEntry(kind, amount, validFrom, text);
    em.persist(added);
    em.flush();
    trail.record(
        directory.current().actor(),
        AuditEvent.of("fee.ruleAdded", "feeRule", added.getId())
            .withAfter(
                "kind=" + kind + "; amount=" + amount.yuan() + "; from=" + validFrom + closed));
    return added;
  }

  private static FeeRule asRule(FeeRuleEntry entry) {
    return new FeeRule(
        entry.getKind(),
        entry.getAmount(),
        entry.getValidFrom(),
        entry.getValidTo(),
        entry.getDescription());
  }
}
