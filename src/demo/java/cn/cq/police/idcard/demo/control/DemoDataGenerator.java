package cn.cq.police.idcard.demo.control;

import cn.cq.police.idcard.receipts.control.ChongqingRegions;
import cn.cq.police.idcard.receipts.entity.CitizenIdNumber;
import cn.cq.police.idcard.receipts.entity.Sex;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates demo receipts deterministically and with random access: receipt {@code i} depends only
 * on the seed, {@code i}, the reference date and the validity period, so millions of receipts can
 * be streamed for benchmarks without keeping any of them in memory.
 *
 * <p>Uses {@link Random}, whose algorithm is fixed by its specification, so the same seed yields
 * the same data on every JDK.
 */
public final class DemoDataGenerator {

  /** Receipt numbers carry the index in eight digits, so indices must stay below this bound. */
  public static final long MAX_RECEIPTS = 100_000_000L;

  private static final int STATION_COUNT = DemoStations.all().size();

  /**
   * State of the receipt with station-local ordinal {@code k = index / 5} is {@code STATE_PATTERN[k
   * % 20]}. Every 20 consecutive receipts of a station therefore hold 12 USABLE (60 %), 2 EXPIRED
   * and one of each other state; the first 100 indices already show every state at every station,
   * and index 0 (station 0) is USABLE.
   */
  private static final DemoReceiptState[] STATE_PATTERN = {
    DemoReceiptState.USABLE,
    DemoReceiptState.USABLE,
    DemoReceiptState.EXPIRED,
    DemoReceiptState.USABLE,
    DemoReceiptState.PHOTO_FAILED,
    DemoReceiptState.USABLE,
    DemoReceiptState.USED,
    DemoReceiptState.USABLE,
    DemoReceiptState.REVOKED,
    DemoReceiptState.USABLE,
    DemoReceiptState.OTHER_JURISDICTION,
    DemoReceiptState.USABLE,
    DemoReceiptState.INTEGRITY_BROKEN,
    DemoReceiptState.USABLE,
    DemoReceiptState.APPLICATION_IN_PROGRESS,
    DemoReceiptState.USABLE,
    DemoReceiptState.EXPIRED,
    DemoReceiptState.USABLE,
    DemoReceiptState.USABLE,
    DemoReceiptState.USABLE,
  };

  // Receipt number series digit: listed receipts versus the earlier receipt of a person whose
  // application is in progress, so the two can never collide.
  private static final char LISTED_SERIES = '0';
  private static final char EARLIER_SERIES = '9';

  private static final long PERSON_SALT = 0x5EED_0001L;
  private static final long EARLIER_RECEIPT_SALT = 0x5EED_0002L;

  // 綦江县 became 綦江区 in 2011; only people registered before then can carry the old code.
  private static final LocalDate COUNTIES_BECAME_DISTRICTS = LocalDate.of(2011, 1, 1);

  // Historic region codes within each station's jurisdiction, looked up once instead of per
  // receipt.
  private static final Map<String, List<String>> HISTORIC_CODES_BY_STATION =
      historicCodesByStation();

  // Roughly in order of frequency; Chongqing favourites such as 谭 冉 向 秦 牟 熊 are included.
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "林", "罗", "高", "郑", "梁", "谢", "唐", "许", "邓", "冯", "曾", "彭", "曹", "肖", "田",
    "袁", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "姚", "卢", "钟", "汪",
    "谭", "冉", "向", "秦", "熊", "牟", "廖", "雷", "龙", "陶", "贺", "邹", "文", "况"
  };

  private static final String[] MALE_GIVEN_CHARACTERS = {
    "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华", "飞",
    "鑫", "波", "宇", "浩", "凯", "健", "俊", "帆", "旭", "宁", "龙", "林", "洋", "阳", "峰", "建",
    "国", "文", "志", "成", "东", "海", "亮", "鸿", "博", "然", "轩", "睿", "泽", "晨", "川", "渝"
  };

  private static final String[] FEMALE_GIVEN_CHARACTERS = {
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "琳", "颖", "倩",
    "洁", "梅", "兰", "红", "莉", "萍", "丹", "佳", "欣", "怡", "雨", "晶", "瑶", "璐", "琴", "露",
    "悦", "思", "诗", "梦", "蕾", "彤", "淑", "秀", "英", "月", "馨", "涵", "萱", "妍", "巧", "蓉"
  };

  // Rare ethnic groups that do occur in Chongqing: 回 壮 侗 仡佬 满 藏.
  private static final String[] RARE_ETHNICITY_CODES = {"03", "08", "12", "37", "11", "04"};

  private static final Map<String, List<String>> STREETS_BY_DISTRICT =
      Map.of(
          "500103", List.of("民族路", "民权路", "邹容路", "中山一路", "中山三路", "解放西路", "大坪正街", "长江二路"),
          "500105", List.of("建新北路", "建新南路", "洋河一路", "红石路", "五里店正街", "华新街", "鸿恩路", "北城天街"),
          "500106", List.of("小龙坎正街", "天星桥正街", "汉渝路", "沙坪坝正街", "土湾正街", "渝碚路", "大学城中路"),
          "500101", List.of("白岩路", "太白路", "沙龙路", "北山大道", "国本路", "王牌路", "江南大道", "高笋塘路"),
          "500110", List.of("沱湾路", "九龙大道", "通惠路", "古南大道", "北街", "永久路", "綦江大道"));

  private static final List<String> FALLBACK_STREETS =
      List.of("人民路", "解放路", "建设路", "新华路", "中山路", "滨江路", "文化街", "新村路");

  private final long seed;
  private final LocalDate today;
  private final int receiptValidityDays;

  /**
   * @param today the reference date; ages and issue dates are computed relative to it
   * @param receiptValidityDays how long a receipt stays usable after it was issued
   */
  public DemoDataGenerator(long seed, LocalDate today, int receiptValidityDays) {
    if (receiptValidityDays < 1) {
      throw new IllegalArgumentException("Receipt validity must be at least one day");
    }
    this.seed = seed;
    this.today = Objects.requireNonNull(today, "today");
    this.receiptValidityDays = receiptValidityDays;
  }

  /** The state the receipt at {@code index} demonstrates, following the fixed 20-step pattern. */
  public static DemoReceiptState stateOf(long index) {
    checkIndex(index);
    return STATE_PATTERN[(int) ((index / STATION_COUNT) % STATE_PATTERN.length)];
  }

  /** The station at whose counter the receipt at {@code index} is meant to be presented. */
  public static DemoStation stationOf(long index) {
    checkIndex(index);
    return DemoStations.all().get((int) (index % STATION_COUNT));
  }

  /** The receipt at {@code index}, 0 <= index < {@link #MAX_RECEIPTS}. */
  public DemoReceipt receipt(long index) {
    DemoStation station = stationOf(index);
    DemoReceiptState state = stateOf(index);
    Random random = randomFor(index, PERSON_SALT);

    Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    LocalDate birthDate = birthDate(random);
    DemoStation householdStation =
        state == DemoReceiptState.OTHER_JURISDICTION ? otherStation(station, random) : station;
    String householdRegionCode = householdStation.districtCode();
    CitizenIdNumber idNumber =
        CitizenIdNumber.of(
            idRegionCode(householdStation, birthDate, random), birthDate, sequence(sex, random));
    String name = name(sex, random);
    String ethnicityCode = ethnicityCode(random);
    String householdAddress = householdAddress(householdRegionCode, random);
    LocalDate issueDate = today.minusDays(issueDaysAgo(state, random));

    return new DemoReceipt(
        index,
        station.code(),
        receiptNumber(LISTED_SERIES, issueDate, index),
        idNumber,
        name,
        sex,
        ethnicityCode,
        birthDate,
        householdRegionCode,
        householdAddress,
        issueDate,
        state != DemoReceiptState.PHOTO_FAILED,
        state,
        random.nextLong());
  }

  /** Receipts 0 to count - 1, generated lazily one at a time. */
  public Stream<DemoReceipt> receipts(long count) {
    if (count < 0 || count > MAX_RECEIPTS) {
      throw new IllegalArgumentException("Receipt count must be between 0 and " + MAX_RECEIPTS);
    }
    return LongStream.range(0, count).mapToObj(this::receipt);
  }

  /**
   * For an APPLICATION_IN_PROGRESS receipt, the same person's earlier receipt whose application is
   * still being processed: state USED, same person and station, an earlier issue date and a receipt
   * number from a separate series (prefix 59). It shares the index of the receipt it belongs to.
   * Empty for receipts in any other state.
   */
  public Optional<DemoReceipt> earlierReceiptOf(DemoReceipt receipt) {
    if (receipt.state() != DemoReceiptState.APPLICATION_IN_PROGRESS) {
      return Optional.empty();
    }
    Random random = randomFor(receipt.index(), EARLIER_RECEIPT_SALT);
    // Stays inside the usable window where the validity period allows, like the listed receipts.
    long laterDaysAgo = receipt.issueDate().until(today, ChronoUnit.DAYS);
    long room = Math.max(1, usableWindowDays() - 1 - laterDaysAgo);
    LocalDate issueDate = receipt.issueDate().minusDays(1 + random.nextInt((int) room));
    return Optional.of(
        new DemoReceipt(
            receipt.index(),
            receipt.stationCode(),
            receiptNumber(EARLIER_SERIES, issueDate, receipt.index()),
            receipt.idNumber(),
            receipt.name(),
            receipt.sex(),
            receipt.ethnicityCode(),
            receipt.birthDate(),
            receipt.householdRegionCode(),
            receipt.householdAddress(),
            issueDate,
            true,
            DemoReceiptState.USED,
            receipt.portraitSeed()));
  }

  /**
   * 16 digits: "5" (Chongqing), the series digit, the issue date as yyMMdd and the index
   * zero-padded to eight digits. The index alone makes a number unique within its series.
   */
  private static String receiptNumber(char series, LocalDate issueDate, long index) {
    long yyMMdd =
        (issueDate.getYear() % 100) * 10_000L
            + issueDate.getMonthValue() * 100L
            + issueDate.getDayOfMonth();
    return "5" + series + zeroPadded(yyMMdd, 6) + zeroPadded(index, 8);
  }

  // Cheaper than String.format, which matters when streaming millions of receipts.
  private static String zeroPadded(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static void checkIndex(long index) {
    if (index < 0 || index >= MAX_RECEIPTS) {
      throw new IllegalArgumentException("Index must be between 0 and " + (MAX_RECEIPTS - 1));
    }
  }

  // Each index gets its own well-mixed seed, so neighbouring indices are unrelated.
  private Random randomFor(long index, long salt) {
    return new Random(mix64(seed ^ mix64(index * 0x9E3779B97F4A7C15L + salt)));
  }

  // Finalizer of SplitMix64.
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Proxy applicants are mostly 16 to 45; a fifth of all are born 1985-1988, whose 20-year cards
   * from 2005-2008 fall due in the 2025-2028 renewal peak; the rest are children and older people.
   */
  private LocalDate birthDate(Random random) {
    int bucket = random.nextInt(100);
    if (bucket < 20) {
      LocalDate cohortStart = LocalDate.of(1985, 1, 1);
      LocalDate date = cohortStart.plusDays(random.nextInt(4 * 365 + 1));
      if (!date.isAfter(today.minusYears(16))) {
        return date;
      }
    }
    int age;
    if (bucket < 72) {
      age = 16 + random.nextInt(30);
    } else if (bucket < 80) {
      age = 6 + random.nextInt(10);
    } else if (bucket < 92) {
      age = 46 + random.nextInt(19);
    } else {
      age = 65 + random.nextInt(21);
    }
    // Going back up to 364 days from the last birthday keeps the age at exactly `age`.
    return today.minusYears(age).minusDays(random.nextInt(365));
  }

  private static DemoStation otherStation(DemoStation station, Random random) {
    List<DemoStation> stations = DemoStations.all();
    int own = stations.indexOf(station);
    return stations.get((own + 1 + random.nextInt(stations.size() - 1)) % stations.size());
  }

  /**
   * Mostly the household district's current code; people born before the county became a district
   * sometimes carry the historic code that their number was first issued under.
   */
  private static String idRegionCode(DemoStation home, LocalDate birthDate, Random random) {
    List<String> historicCodes = HISTORIC_CODES_BY_STATION.get(home.code());
    boolean useHistoric =
        random.nextInt(100) < 60
            && !historicCodes.isEmpty()
            && birthDate.isBefore(COUNTIES_BECAME_DISTRICTS);
    return useHistoric
        ? historicCodes.get(random.nextInt(historicCodes.size()))
        : home.districtCode();
  }

  private static Map<String, List<String>> historicCodesByStation() {
    return DemoStations.all().stream()
        .collect(
            Collectors.toUnmodifiableMap(
                DemoStation::code,
                station ->
                    station.jurisdictionRegionCodes().stream()
                        .filter(
                            code ->
                                ChongqingRegions.find(code)
                                    .map(ChongqingRegions.Region::historic)
                                    .orElse(false))
                        .toList()));
  }

  // Odd sequence codes for men, even for women.
  private static int sequence(Sex sex, Random random) {
    return sex == Sex.MALE ? 1 + 2 * random.nextInt(500) : 2 + 2 * random.nextInt(499);
  }

  private static String name(Sex sex, Random random) {
    // Squaring a uniform number favours the common surnames at the front of the list.
    double u = random.nextDouble();
    String surname = SURNAMES[(int) (u * u * SURNAMES.length)];
    String[] characters = sex == Sex.MALE ? MALE_GIVEN_CHARACTERS : FEMALE_GIVEN_CHARACTERS;
    String given = characters[random.nextInt(characters.length)];
    if (random.nextInt(100) < 70) {
      given += characters[random.nextInt(characters.length)];
    }
    return surname + given;
  }

  // 汉 dominates; 土家族 and 苗族 are Chongqing's largest minorities.
  private static String ethnicityCode(Random random) {
    int bucket = random.nextInt(100);
    if (bucket < 88) {
      return "01";
    } else if (bucket < 94) {
      return "15";
    } else if (bucket < 98) {
      return "06";
    }
    return RARE_ETHNICITY_CODES[random.nextInt(RARE_ETHNICITY_CODES.length)];
  }

  private static String householdAddress(String regionCode, Random random) {
    String district =
        ChongqingRegions.find(regionCode)
            .orElseThrow(() -> new IllegalStateException("Unknown region " + regionCode))
            .name();
    List<String> streets = STREETS_BY_DISTRICT.getOrDefault(regionCode, FALLBACK_STREETS);
    StringBuilder address = new StringBuilder("重庆市").append(district);
    address.append(streets.get(random.nextInt(streets.size())));
    address.append(1 + random.nextInt(399)).append('号');
    int detail = random.nextInt(100);
    if (detail < 35) {
      // Chongqing writes floor and flat as "12-4号".
      address
          .append(1 + random.nextInt(6))
          .append("单元")
          .append(1 + random.nextInt(33))
          .append('-')
          .append(1 + random.nextInt(8))
          .append('号');
    } else if (detail < 50) {
      address.append("附").append(1 + random.nextInt(30)).append('号');
    }
    return address.toString();
  }

  /**
   * Usable-looking receipts lie at least ten days inside the validity window so a demo does not
   * expire mid-session; expired ones lie 1 to 200 days beyond it. An application in progress is
   * recent enough to leave room for the same person's earlier receipt.
   */
  private long issueDaysAgo(DemoReceiptState state, Random random) {
    int window = usableWindowDays();
    return switch (state) {
      case EXPIRED -> receiptValidityDays + 1 + random.nextInt(200);
      case APPLICATION_IN_PROGRESS -> random.nextInt(Math.max(1, window / 2));
      default -> random.nextInt(window);
    };
  }

  // Number of possible "days ago" values for a receipt that should still be usable: 0..validity-10.
  private int usableWindowDays() {
    return Math.max(1, receiptValidityDays - 9);
  }
}
