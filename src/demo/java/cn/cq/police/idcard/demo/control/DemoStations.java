package cn.cq.police.idcard.demo.control;

import java.util.List;

/** The five fictitious-but-plausible Chongqing stations the demo data is generated for. */
public final class DemoStations {

  private static final String CITY_HOURS = "周一至周五 9:00-12:00, 14:00-17:30";
  private static final String COUNTY_HOURS = "周一至周五 8:30-12:00, 14:30-18:00";

  private static final List<DemoStation> ALL =
      List.of(
          new DemoStation(
              "500103510001",
              "yuzhong",
              "解放碑派出所",
              "渝中区",
              "500103",
              List.of("500103"),
              "重庆市渝中区民族路188号",
              "周一至周六 9:00-12:00, 14:00-17:30",
              20),
          new DemoStation(
              "500105510001",
              "jiangbei",
              "观音桥派出所",
              "江北区",
              "500105",
              List.of("500105"),
              "重庆市江北区建新北路66号",
              CITY_HOURS,
              20),
          new DemoStation(
              "500106510001",
              "shapingba",
              "小龙坎派出所",
              "沙坪坝区",
              "500106",
              List.of("500106"),
              "重庆市沙坪坝区小龙坎正街98号",
              CITY_HOURS,
              20),
          new DemoStation(
              "500101510001",
              "wanzhou",
              "高笋塘派出所",
              "万州区",
              "500101",
              List.of("500101"),
              "重庆市万州区高笋塘广场8号",
              COUNTY_HOURS,
              40),
          // 500222 is the code of the former 綦江县; older residents' ID numbers still begin with it.
          new DemoStation(
              "500110510001",
              "qijiang",
              "古南派出所",
              "綦江区",
              "500110",
              List.of("500110", "500222"),
              "重庆市綦江区古南街道沱湾路12号",
              COUNTY_HOURS,
              40));

  private DemoStations() {}

  public static List<DemoStation> all() {
    return ALL;
  }
}
