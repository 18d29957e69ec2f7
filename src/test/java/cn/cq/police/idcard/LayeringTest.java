package cn.cq.police.idcard;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchConditions.have;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.cq.police.idcard.security.control.CryptoSuite;
import cn.cq.police.idcard.security.control.Cryptography;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
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
    // 邮寄送证: the lowest component that knows about posted cards; no cycle may reach back to it.
    assertTrue(PRODUCT.contain("cn.cq.police.idcard.mailing.entity.PostalDelivery"));
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

  /**
   * Access rules and enterprise beans are the boundary's: an entry point says who may call it and
   * starts the transaction.
   */
  @Test
  void transactionsAndRolesBelongToBoundaries() {
    classes()
        .that()
        .areAnnotatedWith(Stateless.class)
        .or()
        .areAnnotatedWith(RolesAllowed.class)
        .or()
        .areAnnotatedWith(PermitAll.class)
        .should()
        .resideInAPackage("..boundary..")
        .check(PRODUCT);
    methods()
        .that()
        .areAnnotatedWith(RolesAllowed.class)
        .or()
        .areAnnotatedWith(PermitAll.class)
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
   * Every enterprise bean or transactional class of a boundary says who may call it: the roles, or
   * {@code @PermitAll} where no signed-in user is the caller (the container's timers and startup,
   * the centres' requests that {@code CentreRequestAuthentication} checks itself, the login).
   */
  @Test
  void everyBoundaryBeanDeclaresWhoMayCallIt() {
    classes()
        .that()
        .resideInAPackage("..boundary..")
        .and()
        .arePublic()
        .and(
            openingTransactions(TxType.values())
                .or(annotatedWith(Stateless.class))
                .or(annotatedWith(Stateful.class))
                .or(annotatedWith(Singleton.class))
                .as("are enterprise beans or transactional"))
        .should()
        .beAnnotatedWith(RolesAllowed.class)
        .orShould()
        .beAnnotatedWith(PermitAll.class)
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

  /**
   * Control joins its caller's transaction ({@code MANDATORY}) and never starts one unnoticed
   * ({@code REQUIRED}) or leaves it. The one exception is an inner unit of work that must commit on
   * its own whatever happens to its caller's ({@code REQUIRES_NEW}, such as opening the day's
   * acceptance counter): a control bean, because it is no entry point, and used only by the
   * boundary whose entry point it serves, which says who may call it.
   */
  @Test
  void controlOpensATransactionOnlyForAnInnerUnitOfWorkOfABoundary() {
    noClasses()
        .that()
        .resideInAPackage("..control..")
        .should(
            have(
                openingTransactions(
                    TxType.REQUIRED, TxType.SUPPORTS, TxType.NOT_SUPPORTED, TxType.NEVER)))
        .check(PRODUCT);
    classes()
        .that()
        .resideInAPackage("..control..")
        .and(openingTransactions(TxType.REQUIRES_NEW))
        .should()
        .onlyHaveDependentClassesThat()
        .resideInAPackage("..boundary..")
        .check(PRODUCT);
  }

  /** Classes with {@code @Transactional} of one of these types on the class or a method of its. */
  private static DescribedPredicate<JavaClass> openingTransactions(TxType... types) {
    Set<TxType> wanted = EnumSet.copyOf(Arrays.asList(types));
    return DescribedPredicate.describe(
        (wanted.size() == TxType.values().length ? "@Transactional" : "@Transactional" + wanted)
            + " on the class or a method",
        javaClass ->
            Stream.concat(
                    Stream.of(javaClass.tryGetAnnotationOfType(Transactional.class)),
                    javaClass.getMethods().stream()
                        .map(method -> method.tryGetAnnotationOfType(Transactional.class)))
                .flatMap(Optional::stream)
                .anyMatch(transactional -> wanted.contains(transactional.value())));
  }

  /**
   * The installation's algorithms ({@code CryptoSuite}, {@code Cryptography}) sit in {@code
   * security} but are a leaf every component may use: the audit trail, which security itself
   * records into, links and signs with them. So they may need nothing else of the product, and
   * using them does not count as depending on {@code security}.
   */
  static final DescribedPredicate<JavaClass> ALGORITHMS =
      JavaClass.Predicates.belongToAnyOf(CryptoSuite.class, Cryptography.class);

  @Test
  void componentsHaveNoCycles() {
    slices()
        .matching("cn.cq.police.idcard.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(DescribedPredicate.alwaysTrue(), ALGORITHMS)
        .check(PRODUCT);
  }

  @Test
  void theAlgorithmsDependOnNoOtherProductClass() {
    noClasses()
        .that(ALGORITHMS)
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "are other product classes",
                (JavaClass type) ->
                    type.getBaseComponentType().getPackageName().startsWith("cn.cq.police.idcard")
                        && !ALGORITHMS.test(type.getBaseComponentType())))
        .check(PRODUCT);
  }
}
