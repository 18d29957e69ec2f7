package cn.cq.police.idcard;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Arquillian deployments are the demo war Maven just packaged — the product war plus the demo data
 * loader the ITs seed from — so an IT tests exactly what ships; Arquillian adds the test class.
 */
public final class Deployments {

  private Deployments() {}

  public static WebArchive demoWar() {
    return ShrinkWrap.create(ZipImporter.class, "idcard-counter.war")
        .importFrom(new File("target/idcard-counter-demo.war"))
        .as(WebArchive.class);
  }
}
