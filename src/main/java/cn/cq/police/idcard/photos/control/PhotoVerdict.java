package cn.cq.police.idcard.photos.control;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of checking one photo: accepted when nothing was found, else every finding in the
 * order of the checks. Also what the checks saw (the faces, for a preview that marks them) and how
 * long each check took.
 *
 * @param faces the faces found, largest first; empty when none or when the photo did not decode
 * @param nanos the time each check that ran took, in nanoseconds
 */
public record PhotoVerdict(
    List<PhotoFinding> findings, List<DetectedFace> faces, Map<PhotoCheck, Long> nanos) {

  public PhotoVerdict {
    findings = List.copyOf(findings);
    faces = List.copyOf(faces);
    nanos = Collections.unmodifiableMap(nanos.isEmpty() ? Map.of() : new EnumMap<>(nanos));
  }

  public boolean accepted() {
    return findings.isEmpty();
  }

  /** The problems found, without their values. */
  public Set<PhotoProblem> problems() {
    Set<PhotoProblem> problems = EnumSet.noneOf(PhotoProblem.class);
    findings.forEach(finding -> problems.add(finding.problem()));
    return problems;
  }

  public Optional<PhotoFinding> finding(PhotoProblem problem) {
    return findings.stream().filter(finding -> finding.problem() == problem).findFirst();
  }

  /** The face the position checks measured: the largest found. */
  public Optional<DetectedFace> face() {
    return faces.stream().findFirst();
  }

  public long totalNanos() {
    return nanos.values().stream().mapToLong(Long::longValue).sum();
  }
}
