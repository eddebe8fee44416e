-- A shipped figure's source is the official release it reproduces, as people are shown it, no longer the path of
-- the third-party copy it was read from (the copies stay named in reference/SOURCES.md). Databases loaded before
-- this keep their values; only the source text is renamed (ReferenceStatisticsLoader.RELEASE_OF_COPY).
update statistics_value
   set source = '통계청 지역별고용조사 (KOSIS DT_1ES3A03_A01S 시군구/연령별 취업자 및 고용률)'
 where source = 'KORLEGENDS/20251R0136COSE47101/data/else/시군구 연령별 취업자 및 고용률.csv';
update statistics_value
   set source = '통계청 지역별고용조사 (KOSIS 시군구 성별 15~64세 고용률)'
 where source = 'ironmanbung/TAP/data/2_1_db_sex_emprate.csv';
update statistics_value
   set source = '통계청 지역별고용조사 (KOSIS DT_1ES3A01S 시군구 경제활동인구 총괄)'
 where source = 'songni-png/blank-app/전국_시군구_경제활동인구_총괄_20241121153501.csv';
