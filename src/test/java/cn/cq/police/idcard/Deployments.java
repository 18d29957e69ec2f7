package cn.cq.police.idcard;

import cn.cq.police.idcard.forms.control.Pdfs;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.PomEquippedResolveStage;

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

  /**
   * A war plus what reading a rendered form back inside the container takes: {@link Pdfs} and the
   * test libraries it uses, resolved from the local repository at the pom's versions.
   */
  public static WebArchive readingPdfs(WebArchive war) {
    PomEquippedResolveStage pom =
        Maven.configureResolver().workOffline().loadPomFromFile("pom.xml");
    return war.addClass(Pdfs.class)
        .addAsLibraries(pom.resolve("org.apache.pdfbox:pdfbox").withTransitivity().asFile())
        // Pdfs also decodes QR codes; zxing's core is in the war already.
        .addAsLibraries(pom.resolve("com.google.zxing:javase").withoutTransitivity().asFile());
  }
}
