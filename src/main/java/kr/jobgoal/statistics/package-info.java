/** Official labour statistics (지역별고용조사 and other published figures) per government, indicator and period, with their source and release. */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package kr.jobgoal.statistics;
