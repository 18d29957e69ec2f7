package cn.cq.police.idcard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared in-container deployment holds every Arquillian test class, or that class fails. */
class InContainerSuiteTest {

  static final JavaClasses TESTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
          .importPackages("cn.cq.police.idcard");

  @Test
  void everyArquillianTestClassIsInTheSuiteDeployment() {
    assertTrue(TESTS.contain(InContainerSuite.class));
    classes()
        .that()
        .areAnnotatedWith(ExtendWith.class)
        .and(extendedWithArquillian())
        .should(beInTheSuite())
        .check(TESTS);
  }

  private static DescribedPredicate<JavaClass> extendedWithArquillian() {
    return DescribedPredicate.describe(
        "extended with Arquillian",
        type ->
            type.tryGetAnnotationOfType(ExtendWith.class)
                .map(extend -> Arrays.asList(extend.value()).contains(ArquillianExtension.class))
                .orElse(false));
  }

  private static ArchCondition<JavaClass> beInTheSuite() {
    return new ArchCondition<>("be listed in InContainerSuite.CLASSES") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean listed =
            InContainerSuite.CLASSES.stream().anyMatch(c -> c.getName().equals(type.getName()));
        events.add(new SimpleConditionEvent(type, listed, type.getName() + " is not listed"));
      }
    };
  }
}
