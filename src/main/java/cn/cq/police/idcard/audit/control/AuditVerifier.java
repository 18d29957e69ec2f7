package cn.cq.police.idcard.audit.control;

import cn.cq.police.idcard.audit.control.ChainVerdict.Break;
import cn.cq.police.idcard.audit.entity.AuditChainHead;
import cn.cq.police.idcard.audit.entity.AuditEntry;
import cn.cq.police.idcard.security.control.CryptoSuite;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Walks the whole live chain in pages, from the first entry (or the first after the archived ones)
 * to the head as it was when the walk began, checking every link with the MAC key and every anchor
 * of the configured anchor file ({@code audit.anchor.file}) with the anchor public key.
 */
@Dependent
public class AuditVerifier {

  static final int PAGE = 1000;

  @PersistenceContext EntityManager em;

  @Inject AuditKeys keys;

  @Inject
  @ConfigProperty(name = "audit.anchor.file")
  Optional<String> anchorFile;

  public ChainVerdict verify() {
    AnchorFile.Reading anchors =
        anchors(anchorFile.map(Path::of), keys.suite(), keys.verifyingKey());
    if (!anchors.allVerified()) {
      return refused(anchors, anchorFile.orElse(""));
    }
    return walk(anchors).noting(anchors.problem());
  }

  private ChainVerdict walk(AnchorFile.Reading anchors) {
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    long last = head.getLastSequence();
    String lastLink = head.getLastHash();
    ChainWalk walk =
        new ChainWalk(
            keys.links(head.getKeyedFrom()),
            head.getArchivedThrough(),
            head.getArchivedLink(),
            anchors.anchors());
    List<AuditEntry> page;
    do {
      page =
          em.createNamedQuery(AuditEntry.FROM_SEQUENCE, AuditEntry.class)
              .setParameter("from", walk.nextSequence())
              .setMaxResults(PAGE)
              .getResultList();
      for (AuditEntry entry : page) {
        if (entry.getSequence() > last) {
          // Appended while this walk ran: the head it started from is where it stops.
          return walk.finish(last, lastLink);
        }
        if (!walk.accept(entry)) {
          return walk.finish(-1, "");
        }
      }
      em.clear();
    } while (page.size() == PAGE);
    return walk.finish(last, lastLink);
  }

  /**
   * The verified anchors of the file; none when no file is configured or written yet, or when no
   * public key is configured to check them with (the verdict's detail then says so).
   */
  public static AnchorFile.Reading anchors(
      Optional<Path> file, CryptoSuite suite, Optional<PublicKey> key) {
    if (file.isEmpty() || file.get().toString().isBlank() || !Files.exists(file.get())) {
      return new AnchorFile.Reading(List.of(), 0, "");
    }
    if (key.isEmpty()) {
      return new AnchorFile.Reading(
          List.of(), 0, "anchors not checked: audit.anchor.public-key is not set");
    }
    return AnchorFile.read(file.get(), suite, key.get());
  }

  /** The verdict for an anchor file with a line that does not verify. */
  public static ChainVerdict refused(AnchorFile.Reading anchors, String file) {
    return ChainVerdict.broken(
        0,
        0,
        Break.ANCHOR_FORGED,
        anchors.anchors().size(),
        "line " + anchors.refusedLine() + " of " + file + ": " + anchors.problem());
  }
}
