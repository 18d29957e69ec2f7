package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.applications.entity.AcceptanceNumber;
import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The plan of the city-sized data set (issue 17), pure and deterministic: which stations exist in
 * which districts, which receipt belongs to which station, its number, person and issue date,
 * which receipts were used by an application (and its acceptance number), which carry a photo,
 * and the CSV of usable receipts for {@code bin/load}. Receipt {@code r} depends only on the
 * seed, {@code r}, the totals and the reference date, so the writer's threads need no shared state.
 *
 * <p>Receipt {@code r} is presented at station {@code r mod stations}; its station-local ordinal is
 * {@code k = r / stations}. Issue dates grow with {@code r} over {@code years} years up to today,
 * so the newest {@code photos} receipts of every station are the recent, usable ones a load run
 * looks up: they carry a photo and are never used. Of the others, an even share (applications ÷
 * the others) was used by an application submitted three days after the issue.
 */
public final class CityPlan {

  /** Receipt number series of the city data: "5", "2", yyMMdd, eight digits of the index. */
  private static final char CITY_SERIES = '2';

  /** Station codes: district code, "5", then 20001 upwards (the demo's own use 10001). */
  private static final int FIRST_STATION_NUMBER = 20_001;

  /** Receipts with a photo are at most this many days old (the validity is 90 days). */
  private static final int USABLE_DAYS = 60;

  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "罗", "高", "郑", "梁", "谢", "唐", "谭", "冉", "向", "秦", "熊", "牟", "廖", "况"
  };

  private static final String[] GIVEN = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞",
    "明", "刚", "平", "辉", "燕", "玲", "婷", "雪", "鹏", "华", "飞", "渝", "慧", "琳", "颖", "川"
  };

  private static final String[] STREETS = {
    "人民路", "解放路", "建设路", "新华路", "中山路", "滨江路", "文化街", "新村路"
  };

  private static final String[] POLICIES = {
    "ANY_FAMILY_2006", "GUARDIAN_ONLY", "NEAR_RELATIVE_ABROAD_2021"
  };

  /** One city station; {@code slug} names its accounts ({@code slug.clerk} …). */
  public record Station(
      int index, String code, String slug, String name, String districtCode, String district,
      String policyCode) {}

  /** One staff account of a city station (all share the demo password and TOTP secret). */
  public record Account(String username, String displayName, String role) {}

  /** One generated receipt of the city data; {@code used} ones have an application. */
  public record CityReceipt(
      long index,
      Station station,
      long ordinal,
      String receiptNumber,
      CitizenIdNumber idNumber,
      String name,
      Sex sex,
      LocalDate birthDate,
      String address,
      LocalDate issueDate,
      boolean withPhoto,
      boolean used,
      int portraitSlot) {}

  private final long seed;
  private final LocalDate today;
  private final long receipts;
  private final long applications;
  private final int photos;
  private final int years;
  private final List<Station> stations;
  /** Share of the receipts without photo that were used: applications / those receipts. */
  private final double usedShare;

  public CityPlan(
      long seed,
      LocalDate today,
      int stationCount,
      long receipts,
      long applications,
      int photos,
      int years) {
    if (stationCount < 1 || stationCount > 9_999) {
      throw new IllegalArgumentException("1 to 9999 stations");
    }
    if (receipts < 0 || receipts > DemoDataGenerator.MAX_RECEIPTS) {
      throw new IllegalArgumentException("0 to " + DemoDataGenerator.MAX_RECEIPTS + " receipts");
    }
    if (photos < 0 || years < 1) {
      throw new IllegalArgumentException("photos >= 0, years >= 1");
    }
    this.seed = seed;
    this.today = today;
    this.receipts = receipts;
    this.photos = photos;
    this.years = years;
    this.stations = stations(stationCount);
    long withoutPhoto = Math.max(0, receipts - (long) stationCount * photos);
    if (applications < 0 || applications > withoutPhoto) {
      throw new IllegalArgumentException("More applications than receipts without photo");
    }
    this.applications = applications;
    this.usedShare = withoutPhoto == 0 ? 0 : (double) applications / withoutPhoto;
  }

  /** Chongqing's current districts and counties (GB/T 2260), ascending by code. */
  public static List<ChongqingRegions.Region> districts() {
    return ChongqingRegions.current();
  }

  /** Station {@code i} lies in district {@code i mod districts}: an even spread. */
  static List<Station> stations(int count) {
    List<ChongqingRegions.Region> districts = districts();
    List<Station> all = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ChongqingRegions.Region district = districts.get(i % districts.size());
      int number = FIRST_STATION_NUMBER + i / districts.size();
      String slug = String.format("c%04d", i + 1);
      all.add(
          new Station(
              i,
              district.code() + "5" + number,
              slug,
              district.name().replaceAll("(区|县|土家族.*|苗族.*)$", "") + "第" + (number - 20_000)
                  + "派出所",
              district.code(),
              district.name(),
              POLICIES[i % POLICIES.length]));
    }
    return List.copyOf(all);
  }

  public List<Station> stations() {
    return stations;
  }

  /** Five accounts per station: three clerks, a supervisor and an administrator. */
  public static List<Account> accountsOf(Station station) {
    String slug = station.slug();
    return List.of(
        new Account(slug + ".clerk", "柜台民警" + slug + "甲", "CLERK"),
        new Account(slug + ".clerk2", "柜台民警" + slug + "乙", "CLERK"),
        new Account(slug + ".clerk3", "柜台民警" + slug + "丙", "CLERK"),
        new Account(slug + ".supervisor", "户政主管" + slug, "SUPERVISOR"),
        new Account(slug + ".admin", "所管理员" + slug, "ADMINISTRATOR"));
  }

  public long receiptCount() {
    return receipts;
  }

  public long applicationCount() {
    return applications;
  }

  /** How many receipts station {@code s} has: those r < receipts with r mod stations = s. */
  public long receiptsOf(int station) {
    long n = stations.size();
    return station < receipts ? (receipts - station + n - 1) / n : 0;
  }

  /** The receipt at {@code index}, 0 <= index < receipts. */
  public CityReceipt receipt(long index) {
    if (index < 0 || index >= receipts) {
      throw new IllegalArgumentException("No receipt " + index);
    }
    int n = stations.size();
    Station station = stations.get((int) (index % n));
    long ordinal = index / n;
    long back = receiptsOf(station.index()) - 1 - ordinal;
    boolean withPhoto = back < photos;
    long spanDays = years * 365L;
    long daysAgo = (long) ((double) (receipts - 1 - index) * spanDays / receipts);
    if (withPhoto && daysAgo > USABLE_DAYS) {
      // Few receipts a station over many years: the load's receipts still lie in the validity.
      daysAgo = back % USABLE_DAYS;
    }
    LocalDate issueDate = today.minusDays(daysAgo);
    // An even share of the others was used, three days after the issue (never today or later).
    boolean used =
        !withPhoto
            && daysAgo >= 4
            && (long) Math.floor((index + 1) * usedShare) > (long) Math.floor(index * usedShare);
    Random random = new Random(mix(seed ^ mix(index * 0x9E3779B97F4A7C15L + 0x0C17L)));
    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    int age = 16 + random.nextInt(60);
    LocalDate birthDate = today.minusYears(age).minusDays(random.nextInt(365));
    int sequence = sex == Sex.MALE ? 1 + 2 * random.nextInt(500) : 2 + 2 * random.nextInt(499);
    CitizenIdNumber idNumber = CitizenIdNumber.of(station.districtCode(), birthDate, sequence);
    String name =
        SURNAMES[random.nextInt(SURNAMES.length)]
            + GIVEN[random.nextInt(GIVEN.length)]
            + (random.nextInt(100) < 70 ? GIVEN[random.nextInt(GIVEN.length)] : "");
    String address =
        "重庆市"
            + station.district()
            + STREETS[random.nextInt(STREETS.length)]
            + (1 + random.nextInt(399))
            + "号";
    return new CityReceipt(
        index,
        station,
        ordinal,
        receiptNumber(issueDate, index),
        idNumber,
        name,
        sex,
        birthDate,
        address,
        issueDate,
        withPhoto,
        used,
        random.nextInt(32));
  }

  /** The day an application of a used receipt was submitted: three days after the issue. */
  public static LocalDate submittedOn(CityReceipt receipt) {
    return receipt.issueDate().plusDays(3);
  }

  /**
   * The acceptance number of a used receipt's application. A station's receipts of one day have
   * consecutive ordinals (far fewer than 9999 a day), so the ordinal modulo 9999 is unique within
   * the station's day without any counter; days before today never meet the product's counter.
   */
  public static String acceptanceNumber(CityReceipt receipt) {
    return AcceptanceNumber.of(
            receipt.station().code(),
            submittedOn(receipt),
            1 + (int) (receipt.ordinal() % AcceptanceNumber.MAX_SEQUENCE))
        .value();
  }

  /** The life-cycle status an application has reached by today. */
  public String applicationStatus(CityReceipt receipt) {
    long age = submittedOn(receipt).until(today, java.time.temporal.ChronoUnit.DAYS);
    if (age < 2) {
      return "SUBMITTED";
    } else if (age < 20) {
      return "SENT_TO_PRODUCTION";
    } else if (age < 40 || receipt.index() % 50 == 0) {
      return "ARRIVED_AT_STATION";
    }
    return "COLLECTED";
  }

  /**
   * The CSV for {@code bin/load}: header, then the receipts with a photo, newest first and station
   * by station in turn (so the first lines spread over many stations), at most {@code maxLines}.
   */
  public List<String> receiptCsv(int maxLines) {
    List<String> lines = new ArrayList<>();
    lines.add("state,station,receipt_number,citizen_id_number,name");
    int n = stations.size();
    for (int back = 0; back < photos && lines.size() <= maxLines; back++) {
      for (int s = 0; s < n && lines.size() <= maxLines; s++) {
        long ordinal = receiptsOf(s) - 1 - back;
        if (ordinal < 0) {
          continue;
        }
        CityReceipt receipt = receipt(ordinal * n + s);
        lines.add(
            String.join(
                ",",
                "USABLE",
                receipt.station().slug(),
                receipt.receiptNumber(),
                receipt.idNumber().value(),
                receipt.name()));
      }
    }
    return lines;
  }

  static String receiptNumber(LocalDate issueDate, long index) {
    long yyMMdd =
        (issueDate.getYear() % 100) * 10_000L
            + issueDate.getMonthValue() * 100L
            + issueDate.getDayOfMonth();
    String date = Long.toString(yyMMdd);
    String digits = Long.toString(index);
    return "5"
        + CITY_SERIES
        + "0".repeat(6 - date.length())
        + date
        + "0".repeat(8 - digits.length())
        + digits;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
