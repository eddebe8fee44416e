/** Korea's local governments (지방자치단체) as entities that keep their identity across code changes, queried as of a date. */
@org.springframework.modulith.ApplicationModule(displayName = "Region")
package kr.jobgoal.region;
