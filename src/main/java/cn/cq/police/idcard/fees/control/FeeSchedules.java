package cn.cq.police.idcard.fees.control;

import cn.cq.police.idcard.fees.entity.FeeRuleEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The fee schedule as the administrator keeps it in the database. */
@Dependent
public class FeeSchedules {

  @PersistenceContext EntityManager em;

  public FeeSchedule current() {
    return new FeeSchedule(
        em.createNamedQuery(FeeRuleEntry.ALL, FeeRuleEntry.class)
            .getResultStream()
            .map(
                entry ->
                    new FeeRule(
                        entry.getKind(),
                        entry.getAmount(),
                        entry.getValidFrom(),
                        entry.getValidTo(),
                        entry.getDescription()))
            .toList());
  }
}
