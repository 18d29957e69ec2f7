package cn.cq.police.idcard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Keeps the boundary / control / entity layering of STYLE.md true as the code grows. */
class LayeringTest {

  static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("cn.cq.police.idcard");

  @Test
  void theRulesSeeTheWholeProduct() {
    // Rules over an empty import would pass without checking anything.
    assertTrue(PRODUCT.size() > 100, "classes imported: " + PRODUCT.size());
    assertTrue(PRODUCT.contain("cn.cq.police.idcard.applications.boundary.Applications"));
  }

  @Test
  void entitiesDependOnNothingAboveThem() {
    noClasses()
        .that()
        .resideInAPackage("..entity..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..boundary..", "..control..", "..web..")
        .check(PRODUCT);
  }

  @Test
  void controlsDoNotCallBoundaries() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..boundary..")
        .check(PRODUCT);
  }

  @Test
  void facesOnlyInBackingBeansAndWeb() {
    noClasses()
        .that()
        .haveSimpleNameNotEndingWith("Backing")
        .and()
        .resideOutsideOfPackage("..web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.faces..")
        .check(PRODUCT);
  }

  @Test
  void transactionsAndRolesBelongToBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(Stateless.class)
        .or()
        .areAnnotatedWith(RolesAllowed.class)
        .should()
        .resideInAPackage("..boundary..")
        .check(PRODUCT);
    methods()
        .that()
        .areAnnotatedWith(RolesAllowed.class)
        .should()
        .beDeclaredInClassesThat()
        .resideInAPackage("..boundary..")
        .allowEmptyShould(true)
        .check(PRODUCT);
  }

  /**
   * Demo data, the centres' simulators and the benchmarks (src/demo, package demo) ship only in the
   * demo war: nothing the product war holds may need them, or that war would not even start.
   */
  @Test
  void noProductPackageDependsOnDemoSimulatorOrBenchmarkCode() {
    assertTrue(PRODUCT.contain("cn.cq.police.idcard.demo.boundary.ProductionCentreSimulator"));
    assertTrue(PRODUCT.contain("cn.cq.police.idcard.demo.benchmark.InsightBenchmark"));
    noClasses()
        .that()
        .resideOutsideOfPackage("cn.cq.police.idcard.demo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("cn.cq.police.idcard.demo..")
        .check(PRODUCT);
  }

  /** The simulators and benchmarks stay in the demo package, not in a product component. */
  @Test
  void simulatorsAndBenchmarksLiveInTheDemo() {
    classes()
        .that()
        .haveSimpleNameContaining("Simulat")
        .or()
        .haveSimpleNameContaining("Benchmark")
        .should()
        .resideInAPackage("cn.cq.police.idcard.demo..")
        .check(PRODUCT);
  }

  /**
   * A view- or session-scoped bean travels with the session to another cluster member; a transient
   * injected field arrives there as null (CDI does not inject again), and the next click fails.
   */
  @Test
  void passivatingBeansKeepTheirInjectedReferences() {
    fields()
        .that()
        .areAnnotatedWith(Inject.class)
        .and()
        .areDeclaredInClassesThat(
            DescribedPredicate.describe(
                "are view- or session-scoped",
                type ->
                    type.isAnnotatedWith(ViewScoped.class)
                        || type.isAnnotatedWith(SessionScoped.class)))
        .should()
        .notHaveModifier(JavaModifier.TRANSIENT)
        .check(PRODUCT);
  }

  @Test
  void componentsHaveNoCycles() {
    slices().matching("cn.cq.police.idcard.(*)..").should().beFreeOfCycles().check(PRODUCT);
  }
}
