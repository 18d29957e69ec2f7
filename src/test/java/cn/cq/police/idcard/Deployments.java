package cn.cq.police.idcard;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments are the war Maven just packaged, so an IT tests exactly what ships;
 * Arquillian adds the test class itself.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive productWar() {
    return ShrinkWrap.create(ZipImporter.class, "idcard-counter.war")
        .importFrom(new File("target/idcard-counter.war"))
        .as(WebArchive.class);
  }
}
