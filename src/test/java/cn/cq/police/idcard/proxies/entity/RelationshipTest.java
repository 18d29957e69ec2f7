package cn.cq.police.idcard.proxies.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RelationshipTest {

  @Test
  void nearRelatives() {
    Set<Relationship> near =
        Stream.of(Relationship.values())
            .filter(Relationship::isNearRelative)
            .collect(Collectors.toSet());

    assertEquals(
        EnumSet.of(
            Relationship.SPOUSE,
            Relationship.PARENT,
            Relationship.CHILD,
            Relationship.SIBLING,
            Relationship.GRANDPARENT,
            Relationship.GRANDCHILD),
        near);
  }
}
