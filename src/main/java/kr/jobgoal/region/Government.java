package kr.jobgoal.region;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A local government as it was on some date: the code period that applied then.
 *
 * @param id the government's identity, the same across code changes (김제시 45210 and 52210)
 * @param level {@code metro} (광역) or {@code basic} (기초)
 * @param type the reference file's type, e.g. {@code city}, {@code county}, {@code district}, {@code province}
 * @param validTo null while the code is still valid
 */
public record Government(long id, String code, String nameKo, String nameEn, String level, String type,
		String parentCode, LocalDate validFrom, LocalDate validTo) {

	public static final String METRO = "metro";
	public static final String BASIC = "basic";

	/** The reference file's types, metro ones first, in the order lists and tables show them. */
	public static final List<String> TYPES = List.of("special_city", "metropolitan_city",
			"special_self_governing_city", "integrated_special_city", "province", "special_self_governing_province",
			"city", "county", "district");

	private static final List<String> METRO_SUFFIXES = List.of("통합특별시", "특별자치시", "특별자치도", "특별시", "광역시");

	/**
	 * The short name of a metro government that KOSIS and the press use: 서울특별시 → 서울, 충청북도 → 충북, 경기도 → 경기,
	 * 강원특별자치도 → 강원, 전남광주통합특별시 → 전남광주.
	 */
	public static String shortNameKo(String metroNameKo) {
		for (String suffix : METRO_SUFFIXES) {
			if (metroNameKo.endsWith(suffix)) {
				return metroNameKo.substring(0, metroNameKo.length() - suffix.length());
			}
		}
		if (metroNameKo.endsWith("도") && metroNameKo.length() == 4) {
			return "" + metroNameKo.charAt(0) + metroNameKo.charAt(2);
		}
		return metroNameKo.endsWith("도") ? metroNameKo.substring(0, metroNameKo.length() - 1) : metroNameKo;
	}

	private static final List<String> METRO_SUFFIXES_EN = List.of(" Integrated Special City", " Special Self-Governing City",
			" Special Self-Governing Province", " Special City", " Metropolitan City");

	/**
	 * The short English name of a metro government, for naming a basic government with it: Busan Metropolitan City
	 * → Busan, Gangwon Special Self-Governing Province → Gangwon; a 도 keeps its name (Gyeongsangnam-do), as its
	 * short Korean form (경남) has no settled romanization.
	 */
	public static String shortNameEn(String metroNameEn) {
		for (String suffix : METRO_SUFFIXES_EN) {
			if (metroNameEn.endsWith(suffix)) {
				return metroNameEn.substring(0, metroNameEn.length() - suffix.length());
			}
		}
		return metroNameEn;
	}

	public boolean isMetro() {
		return METRO.equals(level);
	}

	/** The peer group a basic government is compared in (city, county or district); null for a metro government. */
	public String peerGroup() {
		return isMetro() ? null : type;
	}

	/** The English name for an English page, otherwise the Korean one. */
	public String name(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameKo;
	}

	public boolean validOn(LocalDate date) {
		return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
	}
}
