package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.entity.AuditChainHead;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Walks the whole chain in pages, from the first entry to the head. */
@Dependent
public class AuditVerifier {

  static final int PAGE = 1000;

  @PersistenceContext EntityManager em;

  public ChainVerdict verify() {
    ChainWalk walk = new ChainWalk();
    List<AuditEntry> page;
    do {
      page =
          em.createNamedQuery(AuditEntry.FROM_SEQUENCE, AuditEntry.class)
              .setParameter("from", walk.nextSequence())
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntry entry : page) {
        if (!walk.accept(entry)) {
          return walk.finish(-1, "");
        }
      }
      em.clear();
    } while (page.size() == PAGE);
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    return walk.finish(head.nextSequence() - 1, head.getLastHash());
  }
}
